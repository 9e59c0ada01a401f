# lectern_embed_text(TARGET NAME FILES...): compiles text files into the target as
# `std::string_view lectern::embedded::NAME(std::string_view fileName)`, so SQL and other
# resources are part of the binary and cannot go missing at run time.
function(lectern_embed_text target name)
  set(out_cpp ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp)
  # A ';' list would split the command line: pass the files joined with '|'.
  string(REPLACE ";" "|" files_arg "${ARGN}")
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DNAME=${name} "-DFILES=${files_arg}"
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${ARGN} ${PROJECT_SOURCE_DIR}/cmake/embed_run.cmake
    COMMENT "Embedding ${name}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out_cpp})
endfunction()
