// Scalar functions of the query language: id, type, labels, nodes,
// relationships, length, size, toLower, coalesce, ... (aggregates are
// computed by project.cc). Called by the evaluator.
#pragma once

#include "query/exec_context.h"

namespace kg::query {

// Evaluates the call `e` (a non-aggregate function the planner checked).
Value CallFunction(const ast::Expr& e, Row& row, ExecContext& ctx);

}  // namespace kg::query
