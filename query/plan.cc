#include "query/plan.h"

namespace kg::query {
namespace {

std::string PropsText(const std::vector<std::pair<std::string, ast::ExprPtr>>& props) {
  if (props.empty()) return "";
  std::string s = " {";
  for (size_t i = 0; i < props.size(); ++i) {
    s += (i ? ", " : "") + props[i].first + ": " + props[i].second->ToString();
  }
  return s + "}";
}

std::string FiltersText(const std::vector<ast::ExprPtr>& filters) {
  std::string s;
  for (const auto& f : filters) s += (s.empty() ? " | filter " : " AND ") + f->ToString();
  return s;
}

std::string AnchorText(const PlanStep& step, const PlanNode& n) {
  switch (step.anchor) {
    case AnchorKind::kBound: return "Argument " + n.ToString();
    case AnchorKind::kById: return "NodeById " + n.ToString() + " id = " + step.anchor_value->ToString();
    case AnchorKind::kByName:
      return "NodeByAlias " + n.ToString() + " name = " + step.anchor_value->ToString();
    case AnchorKind::kByLabel: return "NodeByLabelScan " + n.ToString();
    case AnchorKind::kAllNodes: return "AllNodesScan " + n.ToString();
  }
  return "?";
}

std::string ProjectText(const ProjectOp& p) {
  std::string s = p.is_with ? "With" : "Return";
  if (p.aggregating) s += " (aggregate)";
  if (p.distinct) s += " DISTINCT";
  s += " [";
  for (size_t i = 0; i < p.items.size(); ++i) {
    s += (i ? ", " : "") + p.items[i]->ToString();
    if (p.names[i] != p.items[i]->ToString()) s += " AS " + p.names[i];
  }
  s += "]";
  for (size_t i = 0; i < p.order_by.size(); ++i) {
    s += (i ? ", " : " ORDER BY ") + p.order_by[i].expr->ToString() + (p.order_by[i].descending ? " DESC" : "");
  }
  if (p.skip) s += " SKIP " + p.skip->ToString();
  if (p.limit) s += " LIMIT " + p.limit->ToString();
  if (p.where) s += " WHERE " + p.where->ToString();
  return s;
}

}  // namespace

std::string PlanNode::ToString() const {
  std::string s = "(" + variable;
  for (auto t : labels) s += ":" + std::string(graph::NodeTypeName(t));
  return s + PropsText(properties) + ")";
}

std::string PlanRel::ToString() const {
  std::string s = "[" + variable;
  for (size_t i = 0; i < type_names.size(); ++i) s += (i ? "|" : ":") + type_names[i];
  if (var_length) s += "*" + std::to_string(min_hops) + ".." + std::to_string(max_hops);
  return s + PropsText(properties) + "]";
}

std::string StepText(const PlanStep& step, const PlanPart& part) {
  std::string s;
  switch (step.kind) {
    case PlanStep::Kind::kAnchor: s = AnchorText(step, part.nodes[step.node]); break;
    case PlanStep::Kind::kExpand: {
      const PlanRel& r = part.rels[step.rel];
      bool rightward = step.to > step.from;
      ast::Direction d = r.direction;
      bool out = (d == ast::Direction::kOut) == rightward;
      std::string from = part.nodes[step.from].ToString(), to = part.nodes[step.to].ToString();
      std::string arrow = d == ast::Direction::kBoth ? "-" + r.ToString() + "-"
                          : out ? "-" + r.ToString() + "->"
                                : "<-" + r.ToString() + "-";
      s = std::string(step.to_bound ? "ExpandInto " : "Expand ") + from + arrow + to +
          (!r.var_length        ? " (adjacency prefix scan)"
           : step.distinct_ends ? " (depth-first, each node once per depth)"
                                : " (depth-first, edges distinct)");
      break;
    }
    case PlanStep::Kind::kShortest: {
      s = std::string(part.kind == ast::PathKind::kShortest ? "ShortestPath " : "AllShortestPaths ") +
          part.path_variable + " = " + part.nodes[0].ToString() + "-" + part.rels[0].ToString() +
          (part.rels[0].direction == ast::Direction::kBoth ? "-" : "->") + part.nodes[1].ToString() +
          " (bidirectional BFS)";
      for (const auto& p : step.path_predicates) {
        s += std::string(" | during search: ") + p.quantifier->ToString();
      }
      break;
    }
    case PlanStep::Kind::kBindPath: s = "BindPath " + part.path_variable; break;
  }
  return s + FiltersText(step.filters);
}

std::vector<std::string> Plan::OperatorLines() const {
  std::vector<std::string> lines;
  for (const auto& op : ops) {
    switch (op.kind) {
      case PlanOp::Kind::kMatch:
        lines.push_back(op.match.optional ? "OptionalMatch" : "Match");
        for (const auto& step : op.match.steps) {
          lines.push_back("  " + StepText(step, op.match.parts[step.part]));
        }
        break;
      case PlanOp::Kind::kUnwind: lines.push_back("Unwind " + op.unwind.list->ToString()); break;
      case PlanOp::Kind::kProject: lines.push_back(ProjectText(op.project)); break;
    }
  }
  return lines;
}

std::string Plan::ToString() const {
  std::string s;
  for (const auto& line : OperatorLines()) s += line + "\n";
  return s;
}

}  // namespace kg::query
