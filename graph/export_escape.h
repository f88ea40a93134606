// Escaping for the text exporters (DOT, GraphML, CSV). Each function turns
// any byte string, including malformed UTF-8 and control characters, into
// text the target format accepts, so a strange name never breaks an export.
#pragma once

#include <string>
#include <string_view>

namespace kg::graph {

// Returns `s` as valid UTF-8: each malformed byte becomes U+FFFD.
std::string ValidUtf8(std::string_view s);

// Returns `s` for the inside of a double-quoted DOT string: quotes and
// backslashes escaped, newlines as \n, other control characters dropped,
// malformed UTF-8 replaced. (Boost's escape_dot_string escapes quotes only.)
std::string EscapeDotString(std::string_view s);

// Returns `s` for XML text or a double-quoted attribute: & < > " ' as
// entities, control characters XML 1.0 forbids dropped, UTF-8 repaired.
std::string EscapeXml(std::string_view s);

// Returns `s` as one RFC 4180 CSV field: quoted (with quotes doubled) when
// it holds a comma, quote, or line break; CR/LF kept inside the quotes.
std::string CsvField(std::string_view s);

// Cuts `s` to at most `max_bytes` at a UTF-8 character boundary, adding
// "..." when it cut.
std::string Truncate(std::string_view s, size_t max_bytes);

}  // namespace kg::graph
