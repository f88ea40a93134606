# Writes OUTPUT: a C++ source that holds each INPUT file as a string, so kg
# carries its dictionaries and works from any directory. Invoked at build time
# with -DOUTPUT=... -DINPUTS="name=path|name=path".
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(body "// Generated from the ingest dictionaries; do not edit.\n")
string(APPEND body "#include \"ingest/embedded_data.h\"\n\nnamespace kg::ingest {\n")
string(APPEND body "std::string_view EmbeddedData(std::string_view name) {\n")
foreach(pair IN LISTS INPUTS)
  string(FIND "${pair}" "=" eq)
  string(SUBSTRING "${pair}" 0 ${eq} name)
  math(EXPR start "${eq} + 1")
  string(SUBSTRING "${pair}" ${start} -1 path)
  file(READ "${path}" content)
  string(APPEND body "  if (name == \"${name}\") {\n    static const char kData[] = R\"kgdata(${content})kgdata\";\n")
  string(APPEND body "    return std::string_view(kData, sizeof(kData) - 1);\n  }\n")
endforeach()
string(APPEND body "  return {};\n}\n}  // namespace kg::ingest\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
