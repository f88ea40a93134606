// kg path A B: how is A connected to B? Resolves both names, runs the
// shortest-path search (or all shortest paths, or Yen's k shortest) with the
// filters applied during the search, and prints each hop with its evidence.
// Exit codes: 0 (also when there is no path), 1 for an unknown or
// ambiguous name or a storage error, 2 for bad flags.
#include <iostream>

#include "graph/name_lookup.h"
#include "graph/paths.h"
#include "tools/commands.h"
#include "tools/graph_flags.h"
#include "tools/path_format.h"

namespace kg::tools {
namespace {

struct PathCommandOptions {
  std::string db;
  std::string from, to;
  bool all = false;
  size_t k = 0;
  size_t limit = 100;
  size_t max_hops = 6;
  std::string via;
  bool directed = false;
  std::string since, until;
  bool include_hypothetical = false;
  bool include_negated = false;
  std::string format = "text";
};

Result<graph::PathOptions> ToPathOptions(const graph::Store& store, const PathCommandOptions& o) {
  graph::PathOptions opts;
  opts.max_hops = o.max_hops;
  opts.directed = o.directed;
  auto relations = ParseRelationList(store, "--via", o.via);
  if (!relations.ok()) return relations.status();
  opts.filter.relations = *relations;
  if (o.include_hypothetical) opts.filter.modality_mask |= graph::NeighbourFilter::Bit(graph::Modality::kHypothetical);
  if (o.include_negated) opts.filter.modality_mask |= graph::NeighbourFilter::Bit(graph::Modality::kNegated);
  KG_RETURN_IF_ERROR(CheckDate("--since", o.since));
  KG_RETURN_IF_ERROR(CheckDate("--until", o.until));
  opts.since = o.since;
  opts.until = o.until;
  return opts;
}

Result<std::vector<graph::Path>> FindPaths(const graph::Store& store, graph::NodeId from,
                                           graph::NodeId to, const graph::PathOptions& opts,
                                           const PathCommandOptions& o) {
  if (o.k > 0) return graph::KShortestPaths(store, from, to, opts, o.k);
  if (o.all) return graph::AllShortestPaths(store, from, to, opts, o.limit);
  auto p = graph::ShortestPath(store, from, to, opts);
  if (!p.ok()) return p.status();
  std::vector<graph::Path> paths;
  if (p->has_value()) paths.push_back(std::move(**p));
  return paths;
}

int RunPath(const PathCommandOptions& o) {
  if (o.all && o.k > 0) return ReportError(Status::InvalidArgument("use --all or --k, not both"), true);
  auto store = OpenStore(o.db, /*read_only=*/true);
  if (!store.ok()) return ReportError(store.status());
  auto opts = ToPathOptions(**store, o);
  if (!opts.ok()) return ReportError(opts.status(), /*usage_on_invalid=*/true);
  auto from = graph::ResolveName(**store, o.from);
  if (!from.ok()) return ReportError(from.status());
  auto to = graph::ResolveName(**store, o.to);
  if (!to.ok()) return ReportError(to.status());
  auto paths = FindPaths(**store, *from, *to, *opts, o);
  if (!paths.ok()) return ReportError(paths.status());
  Status s = o.format == "json"
                 ? WritePathsJson(**store, *from, *to, *paths, std::cout)
                 : WritePathsText(**store, *from, *to, *paths, o.max_hops, std::cout);
  return s.ok() ? kExitOk : ReportError(s);
}

}  // namespace

void AddPathCommand(CLI::App& app, Action* action) {
  auto o = std::make_shared<PathCommandOptions>();
  CLI::App* sub = app.add_subcommand("path", "how is A connected to B? (shortest paths with evidence)");
  AddDbOption(sub, &o->db);
  sub->add_option("from", o->from, "first actor: any alias, or #id")->required();
  sub->add_option("to", o->to, "second actor: any alias, or #id")->required();
  sub->add_flag("--all", o->all, "every shortest path (up to --limit)");
  sub->add_option("--k", o->k, "the k shortest simple paths (Yen's algorithm)")
      ->check(CLI::Range(size_t{1}, size_t{1000}));
  sub->add_option("--limit", o->limit, "most paths printed with --all (default 100)")
      ->check(CLI::Range(size_t{1}, size_t{100000}));
  sub->add_option("--max-hops", o->max_hops, "longest path searched (default 6)")
      ->check(CLI::Range(size_t{1}, size_t{50}));
  sub->add_option("--via", o->via, "follow only these relation types, e.g. signed,visited");
  sub->add_flag("--directed", o->directed, "follow edges only from source to target");
  sub->add_option("--since", o->since, "only edges with a mention on or after this date");
  sub->add_option("--until", o->until, "only edges with a mention on or before this date");
  sub->add_flag("--include-hypothetical", o->include_hypothetical,
                "also follow hypothetical facts (default: asserted only)");
  sub->add_flag("--include-negated", o->include_negated, "also follow negated facts");
  sub->add_option("--format,-f", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  sub->callback([o, action] { *action = [o] { return RunPath(*o); }; });
}

}  // namespace kg::tools
