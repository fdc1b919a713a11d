add_library(couplet_enginefixture STATIC
    ${CMAKE_CURRENT_LIST_DIR}/enginefixture.h ${CMAKE_CURRENT_LIST_DIR}/enginefixture.cpp)
target_include_directories(couplet_enginefixture PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(couplet_enginefixture PUBLIC couplet_testsupport PRIVATE couplet_warnings)

couplet_add_test(tst_syncengine SOURCES tst_syncengine.cpp LIBS couplet_enginefixture
                 LABELS core POSTGRES TIMEOUT 900)
couplet_add_test(tst_administration SOURCES tst_administration.cpp LIBS couplet_enginefixture
                 LABELS core POSTGRES TIMEOUT 900)
# The console's worker thread, on SQLite and PostgreSQL.
couplet_add_test(tst_consoleworker SOURCES tst_consoleworker.cpp LIBS couplet_enginefixture
                 LABELS core POSTGRES TIMEOUT 900)
# The schedule's back-off: pure logic over given times.
couplet_add_test(tst_scheduler SOURCES tst_scheduler.cpp LABELS core TIMEOUT 120)
