# Error causes and their guidance, on messages the engine produces on SQLite and PostgreSQL.
couplet_add_test(tst_guidance SOURCES tst_guidance.cpp LIBS couplet_enginefixture
                 LABELS core POSTGRES TIMEOUT 600)

# The German translation, compiled from translations/couplet_de.ts when the test
# is built and embedded as :/i18n/couplet_de.qm (as the console embeds it), so
# that the test sees the engine's messages as a German console shows them. The
# core-only builds do not find LinguistTools at the top level.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
set(_couplet_de_ts ${PROJECT_SOURCE_DIR}/translations/couplet_de.ts)
set_source_files_properties(${_couplet_de_ts} PROPERTIES
                            OUTPUT_LOCATION ${CMAKE_CURRENT_BINARY_DIR}/tst_guidance_i18n)
qt_add_lrelease(tst_guidance TS_FILES ${_couplet_de_ts}
                QM_FILES_OUTPUT_VARIABLE _couplet_de_qm NO_GLOBAL_TARGET)
qt_add_resources(tst_guidance tst_guidance_i18n PREFIX /i18n
                 BASE ${CMAKE_CURRENT_BINARY_DIR}/tst_guidance_i18n FILES ${_couplet_de_qm})
