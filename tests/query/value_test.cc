#include "query/value.h"

#include <catch2/catch.hpp>

namespace kg::query {
namespace {

TEST_CASE("Value prints as Cypher text", "[value]") {
  auto [value, expected] = GENERATE(table<Value, std::string>({
      {Value(), "null"},
      {Value::Bool(true), "true"},
      {Value::Int(-42), "-42"},
      {Value::Float(2), "2.0"},
      {Value::Float(0.25), "0.25"},
      {Value::String("say \"hi\""), "\"say \\\"hi\\\"\""},
      {Value::List({Value::Int(1), Value::String("a")}), "[1, \"a\"]"},
      {Value::Map({{"b", Value::Int(2)}, {"a", Value()}}), "{a: null, b: 2}"},
      {Value::Node(7), "(#7)"},
  }));
  CHECK(value.ToString() == expected);
}

TEST_CASE("Value order puts numbers together and null last", "[value]") {
  CHECK(Value::Compare(Value::Int(1), Value::Float(1.0)) == 0);
  CHECK(Value::Int(1) == Value::Float(1.0));
  CHECK(Value::Int(1).Hash() == Value::Float(1.0).Hash());
  CHECK(Value::Compare(Value::Int(2), Value::Float(1.5)) > 0);
  CHECK(Value::Compare(Value::String("a"), Value::String("b")) < 0);
  CHECK(Value::Compare(Value(), Value::Int(0)) > 0);
  CHECK(Value::Compare(Value::String("z"), Value::Int(0)) < 0);
  CHECK(Value::Compare(Value::List({Value::Int(1)}), Value::List({Value::Int(1), Value::Int(0)})) < 0);
}

}  // namespace
}  // namespace kg::query
