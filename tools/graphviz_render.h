// Rendering DOT to SVG, PNG or PDF with Graphviz's `dot` program, run as a
// subprocess (no link-time dependency on libgraphviz): the DOT text is piped
// to its standard input. A missing `dot` is a clear error, not a crash.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "graph/status.h"

namespace kg::tools {

// Runs `dot -T<format>` writing to `output` (stdout when empty) and feeds
// it what write_dot writes. Returns NotFound when `dot` is not on PATH,
// IOError when it fails, or write_dot's error.
// REQUIRES: format is "svg", "png" or "pdf".
Status RenderWithDot(const std::string& format, const std::string& output,
                     const std::function<Status(std::ostream&)>& write_dot);

}  // namespace kg::tools
