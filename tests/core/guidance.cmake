# Error causes and their guidance, on messages the engine produces on SQLite and PostgreSQL.
# couplet_i18n embeds the German translation as :/i18n/couplet_de.qm, as the
# console and couplet-cli have it, so that the test sees the engine's messages
# as a German console shows them.
couplet_add_test(tst_guidance SOURCES tst_guidance.cpp LIBS couplet_enginefixture couplet_i18n
                 LABELS core POSTGRES TIMEOUT 600)
