# Error causes and their guidance, on messages the engine produces on SQLite and PostgreSQL.
couplet_add_test(tst_guidance SOURCES tst_guidance.cpp LIBS couplet_enginefixture
                 LABELS core POSTGRES TIMEOUT 600)
