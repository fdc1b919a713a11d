# Health checks against SQLite files and a real PostgreSQL server, each set up to fail.
couplet_add_test(tst_health SOURCES tst_health.cpp LIBS couplet_enginefixture
                 LABELS core POSTGRES TIMEOUT 600)
