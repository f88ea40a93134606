// kg shell: an interactive prompt for queries, with line editing and
// history (libedit). A query may span lines and ends with ';'. Commands:
// :help, :schema (labels, relationship types and property names with
// counts), :format NAME, :param name=value, :params, :quit. Reads plain
// lines when stdin is not a terminal, so it can be scripted.
#include <editline/readline.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "query/engine.h"
#include "query/formatter.h"
#include "tools/commands.h"
#include "tools/query_flags.h"

namespace kg::tools {
namespace {

struct ShellOptions {
  std::string db;
  QueryFlags flags;
};

constexpr const char* kHelp =
    "Type a query and end it with ';', e.g.\n"
    "  MATCH (p:Person)-[r:signed]->(a:Agreement) RETURN p.name, a.name, r.date;\n"
    "Commands:\n"
    "  :help              this text\n"
    "  :schema            labels, relationship types and properties, with counts\n"
    "  :format NAME       table, json, jsonl, csv or dot\n"
    "  :param name=value  set $name for later queries; :params lists them\n"
    "  :quit              leave (also Ctrl-D)\n"
    "Prefix a query with EXPLAIN to see its plan, PROFILE to time it.\n";

class Shell {
 public:
  Shell(const graph::Store& store, query::QueryOptions options, query::OutputFormat format)
      : store_(store), engine_(store), options_(std::move(options)), format_(format) {}

  // Returns false when the user asked to quit.
  bool Command(const std::string& line, std::ostream& out) {
    std::string cmd = line.substr(0, line.find(' '));
    std::string arg = line.size() > cmd.size() ? line.substr(cmd.size() + 1) : "";
    if (cmd == ":quit" || cmd == ":exit" || cmd == ":q") return false;
    if (cmd == ":help") {
      out << kHelp;
    } else if (cmd == ":schema") {
      auto schema = engine_.DescribeSchema();
      out << (schema.ok() ? schema->ToString() : "error: " + schema.status().message() + "\n");
    } else if (cmd == ":format") {
      auto f = query::ParseOutputFormat(arg);
      if (f) format_ = *f;
      out << (f ? "format: " + arg : "unknown format '" + arg + "'; use table, json, jsonl, csv or dot") << "\n";
    } else if (cmd == ":param") {
      size_t eq = arg.find('=');
      if (eq == std::string::npos || eq == 0) {
        out << "use :param name=value\n";
      } else {
        options_.params[arg.substr(0, eq)] = query::ParseParamValue(arg.substr(eq + 1));
      }
    } else if (cmd == ":params") {
      for (const auto& [k, v] : options_.params) out << "$" << k << " = " << v.ToString() << "\n";
    } else {
      out << "unknown command " << cmd << "; try :help\n";
    }
    return true;
  }

  void Query(const std::string& text, std::ostream& out) {
    auto result = engine_.Run(text, options_);
    if (!result.ok()) {
      out << "error: " << result.status().message() << "\n";
      return;
    }
    Status written = WriteQueryResult(store_, *result, format_, out);
    if (!written.ok()) out << "error: " << written.message() << "\n";
    if (result->truncated && format_ != query::OutputFormat::kTable) {
      out << "(cut at " << result->row_cap << " rows)\n";
    }
  }

 private:
  const graph::Store& store_;
  query::Engine engine_;
  query::QueryOptions options_;
  query::OutputFormat format_;
};

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string HistoryPath() {
  const char* home = std::getenv("HOME");
  return home ? std::string(home) + "/.kg_history" : "";
}

// One line of input; false at end of input.
bool ReadLine(bool interactive, bool continuation, std::string* line) {
  if (!interactive) return static_cast<bool>(std::getline(std::cin, *line));
  char* raw = readline(continuation ? "  -> " : "kg> ");
  if (!raw) return false;
  *line = raw;
  std::free(raw);
  return true;
}

int RunShell(const ShellOptions& o) {
  auto format = query::ParseOutputFormat(o.flags.format);
  auto options = o.flags.ToQueryOptions();
  if (!format || !options.ok()) return ReportError(options.ok() ? Status::InvalidArgument("bad --format") : options.status(), true);
  auto store = OpenStore(o.db, /*read_only=*/true);
  if (!store.ok()) return ReportError(store.status());
  Shell shell(**store, *options, *format);
  bool interactive = isatty(STDIN_FILENO);
  std::string history = HistoryPath();
  if (interactive) {
    using_history();
    if (!history.empty()) read_history(history.c_str());
    std::cout << "kg shell on " << o.db << "; end queries with ';', :help for help\n";
  }
  std::string pending, line;
  while (ReadLine(interactive, !pending.empty(), &line)) {
    std::string t = Trim(line);
    if (pending.empty() && t.empty()) continue;
    if (pending.empty() && t[0] == ':') {
      if (interactive) add_history(t.c_str());
      if (!shell.Command(t, std::cout)) break;
      continue;
    }
    pending += (pending.empty() ? "" : "\n") + line;
    if (t.empty() || t.back() != ';') continue;
    if (interactive) add_history(pending.c_str());
    shell.Query(pending, std::cout);
    pending.clear();
  }
  if (!Trim(pending).empty()) shell.Query(pending, std::cout);  // a last query without ';'
  if (interactive && !history.empty()) write_history(history.c_str());
  return kExitOk;
}

}  // namespace

void AddShellCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<ShellOptions>();
  CLI::App* sub = app.add_subcommand("shell", "interactive query prompt with line editing and history");
  AddDbOption(sub, &opts->db);
  AddQueryFlags(sub, &opts->flags);
  sub->callback([opts, action] { *action = [opts] { return RunShell(*opts); }; });
}

}  // namespace kg::tools
