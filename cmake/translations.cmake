# Interface translations (GNU gettext, domain "lectern"): each assets/locale/<tag>.po is
# checked and compiled by msgfmt into <build>/locale/<gettext name>/LC_MESSAGES/lectern.mo,
# where runtime/app/resource_paths finds it (zh-Hans is gettext's zh_CN). tools/i18n/update-pot
# (target lectern_pot) extracts the strings; the test "i18n: every string translated" fails
# when one lacks a translation.
find_program(MSGFMT_EXECUTABLE msgfmt REQUIRED)
set(LECTERN_LOCALE_BUILD_DIR ${CMAKE_BINARY_DIR}/locale)
set(LECTERN_MO_FILES)
foreach(tag ar es fr ru zh-Hans)
  set(name ${tag})
  if(tag STREQUAL "zh-Hans")
    set(name zh_CN)
  endif()
  set(po ${PROJECT_SOURCE_DIR}/assets/locale/${tag}.po)
  set(mo ${LECTERN_LOCALE_BUILD_DIR}/${name}/LC_MESSAGES/lectern.mo)
  add_custom_command(OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${LECTERN_LOCALE_BUILD_DIR}/${name}/LC_MESSAGES
    COMMAND ${MSGFMT_EXECUTABLE} --check -o ${mo} ${po}
    DEPENDS ${po} COMMENT "msgfmt ${tag}.po" VERBATIM)
  list(APPEND LECTERN_MO_FILES ${mo})
endforeach()
add_custom_target(lectern_translations ALL DEPENDS ${LECTERN_MO_FILES})
add_custom_target(lectern_pot COMMAND ${PROJECT_SOURCE_DIR}/tools/i18n/update-pot VERBATIM)
install(DIRECTORY ${LECTERN_LOCALE_BUILD_DIR} DESTINATION ${CMAKE_INSTALL_DATADIR}/lectern)
