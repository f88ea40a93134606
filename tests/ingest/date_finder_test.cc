#include "ingest/date_finder.h"
#include "ingest/date_finder_internal.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace kg::ingest {
namespace {

std::string Dates(const std::string& text, const std::string& doc_date) {
  std::string out;
  for (const auto& d : FindDates(Tokenize(text), doc_date)) out += (out.empty() ? "" : " ") + d.iso;
  return out;
}

TEST_CASE("FindDates resolves absolute and relative dates", "[dates]") {
  auto [text, doc_date, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"signed in 2010", "", "2010"},
      {"suspended in February 2023", "", "2023-02"},
      {"on June 21, 2024 it rained", "", "2024-06-21"},
      {"On Friday, June 21 ,2024, Russia", "", "2024-06-21"},
      {"on 22 December 2022", "", "2022-12-22"},
      {"Dec. 22, 2022", "", "2022-12-22"},
      {"said on Friday", "2024-06-23", "2024-06-21"},
      {"said on Sunday", "2024-06-23", "2024-06-23"},
      // a weekday in a clause about the future is the coming one (2024-06-21 is a Friday)
      {"He will sign the deal on Tuesday", "2024-06-21", "2024-06-25"},
      {"On Saturday the leader is due to fly on to Cairo", "2024-06-21", "2024-06-22"},
      {"talks scheduled for Monday", "2024-06-21", "2024-06-24"},
      {"next Friday", "2024-06-21", "2024-06-28"},
      {"He will sign it on Friday", "2024-06-21", "2024-06-21"},
      // ... but not the day of the report, nor a past clause beside it
      {"The ministry said on Tuesday it will sign", "2024-06-21", "2024-06-18"},
      {"He arrived on Tuesday, and will sign on Friday", "2024-06-21", "2024-06-18 2024-06-21"},
      {"flew in on Tuesday and signed a pact under which Rome will pay", "2024-06-21", "2024-06-18"},
      {"last Friday", "2024-06-21", "2024-06-14"},
      // distances from another date of the sentence, as precise as their unit
      {"landed on Wednesday, four years after New Delhi signed", "2020-07-31", "2020-07-29 2016"},
      {"on Monday, five months after Cairo signed", "2015-07-21", "2015-07-20 2015-02"},
      {"said on Wednesday, two days after Washington halted", "2025-03-06", "2025-03-05 2025-03-03"},
      {"three days after a stop in Kyiv, flew to Moscow on Friday", "2024-07-06",
       "2024-07-02 2024-07-05"},
      {"stayed away on Saturday but flew there the following day", "2015-05-11",
       "2015-05-09 2015-05-10"},
      {"who had arrived a day earlier", "2022-08-19", ""},
      // "the day before" at a clause's end counts from the clause before
      {"suspended it on Tuesday; the day before, Biden flew in", "2023-02-22",
       "2023-02-21 2023-02-20"},
      {"the day before the vote", "2023-02-22", ""},
      // a weekend is its Saturday (2024-12-23 is a Monday)
      {"visited Kuwait at the weekend", "2024-12-23", "2024-12-21"},
      {"met over the weekend", "2024-12-22", "2024-12-21"},
      {"last weekend", "2024-12-21", "2024-12-21"},
      {"will travel there at the weekend", "2024-12-18", "2024-12-21"},
      {"two years ago", "2024-06-21", "2022"},
      {"ten days after the vote", "2024-06-21", "2024-06-11"},
      {"in March 2021, a week later", "", "2021-03"},
      {"last Tuesday", "2024-06-21", "2024-06-18"},
      {"this week", "2024-06-21", "2024-06-21"},
      {"last year", "2024-06-21", "2023"},
      {"last month", "2024-01-10", "2023-12"},
      {"next month", "2024-12-10", "2025-01"},
      {"next year", "2024-06-21", "2025"},
      {"next week", "2024-06-28", "2024-07-05"},
      {"tomorrow", "2024-02-29", "2024-03-01"},
      {"in February", "2024-06-21", "2024-02"},
      {"in September", "2024-06-21", "2023-09"},
      // a month and day without a year: the nearest such day to the article
      {"visited Riyadh on Dec. 15", "2024-01-10", "2023-12-15"},
      {"will sign the pact on March 3", "2024-02-20", "2024-03-03"},
      {"met him on June 2", "2024-06-21", "2024-06-02"},
      {"since the October 7 attack", "2024-06-21", "2023-10-07"},
      {"since the October 7 attack", "2024-01-21", "2023-10-07"},
      // parts of a month or year, dated as the whole
      {"in early 2023", "", "2023"},
      {"by mid-2024", "", "2024"},
      {"in mid-March", "2024-06-21", "2024-03"},
      {"in late September", "2024-06-21", "2023-09"},
      {"late last year", "2024-06-21", "2023"},
      // "on the 18th": the nearest past such day of the article's month
      {"met on the 18th in Doha", "2024-06-21", "2024-06-18"},
      {"met on the 25th", "2024-01-21", "2023-12-25"},
      {"on the 5th anniversary of the deal", "2024-06-21", ""},
      {"on the 18th", "", ""},
      {"the late leader", "2024-06-21", ""},
      {"early talks in Oslo", "2024-06-21", ""},
      {"his 2008-2012 tenure", "", ""},
      {"he may go", "2024-06-21", ""},
      {"on Friday", "", ""},
      // one row per shape of opening word that the scanners' filter lets by
      {"signed on Sept. 5, 2023", "", "2023-09-05"},
      {"dated 2024-06-21 in the file", "", "2024-06-21"},
      {"on 5 May 2021", "", "2021-05-05"},
      {"said on Wednesday", "2024-06-21", "2024-06-19"},
      {"arrived Thursday", "2024-06-21", "2024-06-20"},
      {"yesterday", "2024-06-21", "2024-06-20"},
      {"today", "2024-06-21", "2024-06-21"},
      {"earlier this week", "2024-06-21", "2024-06-21"},
      {"this year", "2024-06-21", "2024"},
      {"on June 2, 2024, and two weeks later", "", "2024-06-02 2024-06-16"},
      {"on June 2, 2024, and the previous day", "", "2024-06-02 2024-06-01"},
  }));
  CAPTURE(text, doc_date);
  CHECK(Dates(text, doc_date) == expected);
}

std::string Spans(const std::vector<DateSpan>& dates) {
  std::string out;
  for (const auto& d : dates)
    out += d.ToString() + "-" + std::to_string(d.last) + (d.relative ? "r" : "") +
           (d.opens_clause ? "o" : "") + " ";
  return out;
}

TEST_CASE("The filter of opening words changes no date of the dev set", "[dates]") {
  // Every text of the dev set, read whole, by the filtered scanner and by
  // the one that tries every token: a date form whose opening word the
  // filter lacks shows up here as a difference.
  size_t texts = 0, dates = 0;
  for (const auto& entry : std::filesystem::directory_iterator(KG_DEVSET_DIR)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      rapidjson::Document record;
      if (record.Parse(line.c_str()).HasParseError() || !record.IsObject()) continue;
      if (!record.HasMember("text") || !record["text"].IsString()) continue;
      std::string text = record["text"].GetString();
      std::string date = record.HasMember("date") && record["date"].IsString()
                             ? record["date"].GetString()
                             : "";
      std::vector<Token> tokens = Tokenize(text);
      std::string filtered = Spans(FindDates(tokens, date));
      CAPTURE(entry.path().filename().string(), text);
      CHECK(filtered == Spans(FindDatesUnfiltered(tokens, date)));
      ++texts;
      dates += !filtered.empty();
    }
  }
  CHECK(texts > 1000);
  CHECK(dates > 100);
}

TEST_CASE("MayOpenDate passes the opening words and not their look-alikes", "[dates]") {
  // Look-alikes share a listed word's first letter and length ("and" and
  // "apr", "that" and "this"): a shape table alone lets them through.
  auto [word, expected] = GENERATE(table<std::string, bool>({
      {"the", true}, {"this", true}, {"last", true}, {"late", true}, {"sept", true},
      {"monday", true}, {"yesterday", true}, {"mid-2023", true}, {"2024", true}, {"21st", true},
      {"and", false}, {"that", false}, {"for", false}, {"man", false}, {"news", false},
      {"", false}, {"mid-term", true}, {"thereafter", false}, {"-", false},
  }));
  CAPTURE(word);
  Token t;
  t.lower.assign(word);
  CHECK(MayOpenDate(t) == expected);
}

TEST_CASE("IsOffsetUnit knows the units of a distance, plural too", "[dates]") {
  auto [word, expected] = GENERATE(table<std::string, bool>({
      {"day", true}, {"days", true}, {"weeks", true}, {"month", true}, {"years", true},
      {"did", false}, {"deal", false}, {"with", false}, {"media", false}, {"your", false},
  }));
  CAPTURE(word);
  Token t;
  t.lower.assign(word);
  CHECK(IsOffsetUnit(t) == expected);
}

TEST_CASE("Civil date arithmetic round-trips", "[dates]") {
  CHECK(CivilFromDays(DaysFromCivil(2024, 2, 29)) == "2024-02-29");
  CHECK(CivilFromDays(DaysFromCivil(2024, 3, 1) - 1) == "2024-02-29");
  CHECK(CivilFromDays(0) == "1970-01-01");
}

TEST_CASE("FindDateline reads a dateline", "[dates]") {
  CHECK(FindDateline("WASHINGTON, Dec. 22, 2022 \xE2\x80\x94 The US said.") == "2022-12-22");
  CHECK(FindDateline("No date here.") == "");
}

}  // namespace
}  // namespace kg::ingest
