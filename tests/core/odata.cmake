# The OData connector: its protocol rules and its retries against a scripted
# HTTP server in the test (no node needed; the real CAP server is in tests/e2e).
couplet_add_test(tst_odata SOURCES tst_odata.cpp LABELS core TIMEOUT 300)
