// kg export: write the graph, or a part of it, in a format other tools read:
// node-link JSON (networkx), GraphML (igraph, Gephi, yEd), CSV (bulk import
// into Neo4j, Kùzu, NebulaGraph), DOT, or SVG/PNG/PDF drawn by Graphviz.
// The part: the whole graph, an ego network (--around NAME --depth N), or
// the shortest paths between two actors (--path A B), through filters on
// relation, entity type, dates and mention counts. Drawings are capped at
// --max-nodes, with a warning.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "graph/export_csv.h"
#include "graph/export_dot.h"
#include "graph/export_graphml.h"
#include "graph/export_json.h"
#include "graph/name_lookup.h"
#include "graph/paths.h"
#include "graph/subgraph.h"
#include "tools/commands.h"
#include "tools/graph_flags.h"
#include "tools/graphviz_render.h"

namespace kg::tools {
namespace {

// Above this many nodes a drawing is refused unless --max-nodes says more.
constexpr size_t kDefaultDrawCap = 2000;
// Above this many nodes a drawing gets a warning that it will be hard to read.
constexpr size_t kCrowdedDrawing = 500;

struct ExportOptions {
  std::string db;
  std::string format = "json";
  std::string output;  // empty: stdout; a directory for csv
  bool pretty = false;
  std::string around;
  size_t depth = 1;
  std::vector<std::string> path;  // two names
  size_t max_hops = 6;
  std::string relations, types, since, until;
  uint32_t min_mentions = 1;
  bool include_negated = false;
  bool no_hypothetical = false;
  size_t max_nodes = 0;  // 0: the format's default
  std::string title;
};

bool IsDrawing(const std::string& format) {
  return format == "dot" || format == "svg" || format == "png" || format == "pdf";
}

Result<graph::SelectionFilter> ToFilter(const graph::Store& store, const ExportOptions& o) {
  graph::SelectionFilter f;
  auto rels = ParseRelationList(store, "--relation", o.relations);
  if (!rels.ok()) return rels.status();
  f.relations = *rels;
  auto types = ParseTypeList("--type", o.types);
  if (!types.ok()) return types.status();
  f.node_types = *types;
  KG_RETURN_IF_ERROR(CheckDate("--since", o.since));
  KG_RETURN_IF_ERROR(CheckDate("--until", o.until));
  f.dates = graph::DateRange{o.since, o.until};
  f.min_mentions = o.min_mentions;
  using graph::Modality;
  using graph::NeighbourFilter;
  // Data formats carry the modality as a column, so they keep every fact;
  // drawings leave negated facts out unless asked.
  if (o.include_negated || !IsDrawing(o.format)) {
    f.modality_mask |= NeighbourFilter::Bit(Modality::kNegated);
  }
  if (o.no_hypothetical) f.modality_mask &= ~NeighbourFilter::Bit(Modality::kHypothetical);
  return f;
}

// The shortest paths between the two --path actors, over the filter's
// relations and asserted facts.
Result<std::unique_ptr<graph::GraphView>> SelectPathView(const graph::Store& store,
                                                         const ExportOptions& o,
                                                         const graph::SelectionFilter& f) {
  auto from = graph::ResolveName(store, o.path[0]);
  if (!from.ok()) return from.status();
  auto to = graph::ResolveName(store, o.path[1]);
  if (!to.ok()) return to.status();
  graph::PathOptions opts;
  opts.max_hops = o.max_hops;
  opts.filter.relations = f.relations;
  opts.since = o.since;
  opts.until = o.until;
  auto paths = graph::AllShortestPaths(store, *from, *to, opts, 20);
  if (!paths.ok()) return paths.status();
  if (paths->empty()) {
    return Status::NotFound("no path between '" + o.path[0] + "' and '" + o.path[1] +
                            "' within " + std::to_string(o.max_hops) + " hops");
  }
  auto g = graph::SelectPaths(store, *paths, f);
  if (!g.ok()) return g.status();
  return std::unique_ptr<graph::GraphView>(std::move(g).value());
}

Result<std::unique_ptr<graph::GraphView>> Select(const graph::Store& store,
                                                 const ExportOptions& o, size_t cap) {
  auto f = ToFilter(store, o);
  if (!f.ok()) return f.status();
  if (!o.path.empty()) return SelectPathView(store, o, *f);
  if (o.around.empty()) return graph::SelectWholeGraph(store, *f, cap);
  auto center = graph::ResolveName(store, o.around);
  if (!center.ok()) return center.status();
  auto g = graph::SelectEgoNetwork(store, *center, o.depth, *f, cap);
  if (!g.ok()) return g.status();
  return std::unique_ptr<graph::GraphView>(std::move(g).value());
}

void WarnAboutSize(const graph::GraphView& view, const ExportOptions& o) {
  if (view.nodes_before_cap() > view.node_count()) {
    std::cerr << "kg: warning: the selection has " << view.nodes_before_cap()
              << " nodes or more; writing the first " << view.node_count()
              << " (raise --max-nodes, or narrow it with --around, --type, --relation, "
                 "--since/--until or --min-mentions)\n";
  } else if (IsDrawing(o.format) && view.node_count() > kCrowdedDrawing) {
    std::cerr << "kg: warning: drawing " << view.node_count()
              << " nodes; the layout will be slow and hard to read\n";
  }
}

Status WriteCsvFiles(const graph::GraphView& view, const std::string& dir) {
  if (dir.empty()) return Status::InvalidArgument("--format csv writes two files: give --output DIR");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IOError("cannot create " + dir + ": " + ec.message());
  std::string nodes_path = (std::filesystem::path(dir) / "nodes.csv").string();
  std::string edges_path = (std::filesystem::path(dir) / "edges.csv").string();
  std::ofstream nodes(nodes_path, std::ios::binary), edges(edges_path, std::ios::binary);
  if (!nodes) return Status::IOError("cannot write " + nodes_path);
  if (!edges) return Status::IOError("cannot write " + edges_path);
  return graph::WriteCsv(view, nodes, edges);
}

Status Write(const graph::GraphView& view, const ExportOptions& o, std::ostream& out) {
  graph::DotOptions dot;
  dot.title = o.title;
  if (o.format == "json") {
    graph::JsonExportOptions json;
    json.pretty = o.pretty;
    return graph::WriteNodeLinkJson(view, json, out);
  }
  if (o.format == "graphml") return graph::WriteGraphMl(view, out);
  if (o.format == "dot") return graph::WriteDot(view, dot, out);
  return RenderWithDot(o.format, o.output,
                       [&](std::ostream& s) { return graph::WriteDot(view, dot, s); });
}

int RunExport(const ExportOptions& o) {
  auto store = OpenStore(o.db, /*read_only=*/true);
  if (!store.ok()) return ReportError(store.status());
  size_t cap = o.max_nodes ? o.max_nodes : IsDrawing(o.format) ? kDefaultDrawCap : 0;
  auto view = Select(**store, o, cap);
  if (!view.ok()) return ReportError(view.status(), /*usage_on_invalid=*/true);
  WarnAboutSize(**view, o);
  if (o.format == "csv") {
    Status s = WriteCsvFiles(**view, o.output);
    return s.ok() ? kExitOk : ReportError(s, /*usage_on_invalid=*/true);
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  bool rendered = o.format == "svg" || o.format == "png" || o.format == "pdf";
  if (!o.output.empty() && !rendered) {
    file.open(o.output, std::ios::binary);
    if (!file) return ReportError(Status::IOError("cannot write " + o.output));
    out = &file;
  }
  Status s = Write(**view, o, *out);
  return s.ok() ? kExitOk : ReportError(s);
}

}  // namespace

void AddExportCommand(CLI::App& app, Action* action) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand(
      "export", "write the graph or a part of it as JSON, GraphML, CSV, DOT, SVG, PNG or PDF");
  AddDbOption(sub, &o->db);
  sub->add_option("--format,-f", o->format, "json, graphml, csv, dot, svg, png or pdf")
      ->check(CLI::IsMember({"json", "graphml", "csv", "dot", "svg", "png", "pdf"}));
  sub->add_option("--output,-o", o->output,
                  "write to this file instead of stdout (csv: a directory for nodes.csv and "
                  "edges.csv)");
  sub->add_flag("--pretty", o->pretty, "indent the JSON");
  auto* around = sub->add_option("--around", o->around, "only the ego network of this actor");
  sub->add_option("--depth", o->depth, "hops around --around (default 1)")
      ->check(CLI::Range(size_t{0}, size_t{10}));
  auto* path = sub->add_option("--path", o->path, "only the shortest paths between two actors")
                   ->expected(2);
  around->excludes(path);
  sub->add_option("--max-hops", o->max_hops, "longest path for --path (default 6)")
      ->check(CLI::Range(size_t{1}, size_t{50}));
  sub->add_option("--relation", o->relations, "only these relation types, e.g. signed,met");
  sub->add_option("--type", o->types, "only these entity types, e.g. Person,Country");
  sub->add_option("--since", o->since, "only edges with a mention on or after this date");
  sub->add_option("--until", o->until, "only edges with a mention on or before this date");
  sub->add_option("--min-mentions", o->min_mentions, "only edges mentioned at least this often");
  sub->add_flag("--include-negated", o->include_negated, "also draw negated facts, marked NOT (data formats always include them)");
  sub->add_flag("--no-hypothetical", o->no_hypothetical, "leave out hypothetical facts");
  sub->add_option("--max-nodes", o->max_nodes,
                  "cap on nodes written (default: 2000 for drawings, none for data formats)");
  sub->add_option("--title", o->title, "title drawn above the graph (dot, svg, png, pdf)");
  sub->callback([o, action] { *action = [o] { return RunExport(*o); }; });
}

}  // namespace kg::tools
