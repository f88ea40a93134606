#include "graph/model.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t on the stack
#include <xxhash.h>
#include <emmintrin.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <sstream>

namespace kg::graph {
namespace {

constexpr std::array<std::string_view, kNodeTypeCount> kNodeTypeNames = {
    "Country", "Person", "Organization", "Agreement", "City", "Group", "Other"};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

// Replaces the UTF-8 punctuation that news text uses for apostrophes and
// dashes with their ASCII forms, so "Xi’s" and "Xi's" normalise alike.
std::string FoldPunctuation(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (static_cast<unsigned char>(in[i]) == 0xE2 && i + 2 < in.size() &&
        static_cast<unsigned char>(in[i + 1]) == 0x80) {
      unsigned char c = in[i + 2];
      if (c == 0x98 || c == 0x99) {  // ‘ ’
        out += '\'';
        i += 2;
        continue;
      }
      if (c >= 0x90 && c <= 0x95) {  // hyphens and dashes
        out += '-';
        i += 2;
        continue;
      }
    }
    out += in[i];
  }
  return out;
}

std::string CaseFold(const std::string& s) {
  bool ascii = std::all_of(s.begin(), s.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    std::string out = s;
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(s).foldCase();
  if (U_SUCCESS(status)) text = nfd->normalize(text, status);
  // Drops the accents (so "Erdoğan" and "Erdogan" are one name) and spells
  // the Latin letters that have no decomposition with their plain base.
  icu::UnicodeString plain;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    switch (c) {
      case 0x0142: plain.append(u'l'); break;        // ł
      case 0x00F8: plain.append(u'o'); break;        // ø
      case 0x0111: case 0x00F0: plain.append(u'd'); break;  // đ ð
      case 0x0131: plain.append(u'i'); break;        // ı
      case 0x00E6: plain.append(u"ae", 2); break;    // æ
      case 0x0153: plain.append(u"oe", 2); break;    // œ
      case 0x00FE: plain.append(u"th", 2); break;    // þ
      default: plain.append(c);
    }
  }
  if (U_SUCCESS(status)) plain = nfc->normalize(plain, status);
  std::string out;
  plain.toUTF8String(out);
  return out;
}

}  // namespace

std::string_view NodeTypeName(NodeType type) {
  return kNodeTypeNames[static_cast<size_t>(type)];
}

std::optional<NodeType> ParseNodeType(std::string_view name) {
  for (size_t i = 0; i < kNodeTypeNames.size(); ++i) {
    if (EqualsIgnoreCase(name, kNodeTypeNames[i])) return static_cast<NodeType>(i);
  }
  if (EqualsIgnoreCase(name, "Organisation")) return NodeType::kOrganization;
  if (EqualsIgnoreCase(name, "Treaty")) return NodeType::kAgreement;
  if (EqualsIgnoreCase(name, "Place")) return NodeType::kCity;
  return std::nullopt;
}

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kHypothetical:
      return "hypothetical";
    case Modality::kNegated:
      return "negated";
  }
  return "asserted";
}

std::optional<Modality> ParseModality(std::string_view name) {
  if (EqualsIgnoreCase(name, "asserted")) return Modality::kAsserted;
  if (EqualsIgnoreCase(name, "hypothetical")) return Modality::kHypothetical;
  if (EqualsIgnoreCase(name, "negated")) return Modality::kNegated;
  return std::nullopt;
}

namespace {

// NormalizeName of text with a byte outside ASCII: typographic punctuation
// and Unicode case folding first.
std::string NormalizeUnicodeName(std::string_view name) {
  std::string folded = CaseFold(FoldPunctuation(name));
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  for (char c : folded) {
    if (c == '.') continue;
    if (std::isspace(static_cast<unsigned char>(c))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  if (out.size() > 4 && out.compare(0, 4, "the ") == 0) out.erase(0, 4);
  return out;
}

}  // namespace

// Names are nearly always ASCII (the writer normalises every entity and
// alias of every article): one pass, no copies, the same result.
std::string NormalizeName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) return NormalizeUnicodeName(name);
    if (c == '.') continue;
    if (c == ' ' || (c >= '\t' && c <= '\r')) {  // std::isspace in ASCII
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  if (out.size() > 4 && out.compare(0, 4, "the ") == 0) out.erase(0, 4);
  return out;
}

namespace {

// The first position at or after i, before e, of whitespace that is not one
// plain space followed by a non-space; e when there is none in [i, e). Tests
// sixteen bytes at a time (every x86-64 has SSE2). REQUIRES: e < text.size()
// or text[e - 1] is no space, so that looking one byte ahead stays inside.
size_t NextOddSpace(std::string_view text, size_t i, size_t e) {
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i tab = _mm_set1_epi8('\t');
  const __m128i four = _mm_set1_epi8(4);  // '\t' to '\r' are five bytes
  auto whitespace = [&](__m128i v) {
    __m128i off = _mm_sub_epi8(v, tab);
    __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(off, four), off);
    return _mm_or_si128(control, _mm_cmpeq_epi8(v, space));
  };
  for (; i + 16 < e; i += 16) {
    auto* p = reinterpret_cast<const __m128i*>(text.data() + i);
    __m128i here = _mm_loadu_si128(p);
    __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1));
    __m128i plain = _mm_andnot_si128(whitespace(next), _mm_cmpeq_epi8(here, space));
    auto odd = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(plain, whitespace(here))));
    if (odd) return i + static_cast<size_t>(__builtin_ctz(odd));
  }
  return i;
}

}  // namespace

DocId DocumentIdForText(std::string_view text) {
  // The hash of the text with whitespace runs collapsed to one space and the
  // ends trimmed. Prose is mostly collapsed already, so the stretches between
  // other whitespace (a newline, a tab, two spaces) go to a streaming hash as
  // they are, with one space for each run in between: the same value as
  // hashing a collapsed copy (XXH3 streaming equals one-shot).
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };  // C locale
  size_t b = 0, e = text.size();
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  XXH3_state_t state;
  XXH3_64bits_reset(&state);
  size_t start = b;
  for (size_t i = b; i < e; ++i) {
    i = NextOddSpace(text, i, e);
    if (i >= e) break;
    char c = text[i];
    if (!is_space(c) || (c == ' ' && !is_space(text[i + 1]))) continue;
    // A run that is not one plain space: hash up to it, then one space.
    XXH3_64bits_update(&state, text.data() + start, i - start);
    XXH3_64bits_update(&state, " ", 1);
    while (is_space(text[i + 1])) ++i;  // the text ends in a non-space before e
    start = i + 1;
  }
  XXH3_64bits_update(&state, text.data() + start, e - start);
  return XXH3_64bits_digest(&state);
}

std::string DocIdToString(DocId id) {
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(id));
  return buf;
}

std::optional<DocId> ParseDocId(std::string_view hex) {
  if (hex.empty() || hex.size() > 16) return std::nullopt;
  DocId id = 0;
  for (char c : hex) {
    int v;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
    else return std::nullopt;
    id = (id << 4) | static_cast<DocId>(v);
  }
  return id;
}

std::string Node::ToString() const {
  std::ostringstream os;
  os << "Node(" << id << ", " << NodeTypeName(type) << ", \"" << name << "\"";
  if (!aliases.empty()) {
    os << ", aliases=[";
    for (size_t i = 0; i < aliases.size(); ++i) os << (i ? ", " : "") << aliases[i];
    os << "]";
  }
  for (const auto& [k, v] : attributes) os << ", " << k << "=" << v;
  os << ")";
  return os.str();
}

std::string Mention::ToString() const {
  std::ostringstream os;
  os << "Mention(doc=" << DocIdToString(doc) << ", sentence=" << sentence << ", span=" << begin
     << ".." << end;
  if (!date.empty()) os << ", date=" << date;
  if (!counterpart.empty()) os << ", with=" << counterpart;
  os << ", \"" << text << "\")";
  return os.str();
}

std::string Edge::ToString() const {
  std::ostringstream os;
  os << "Edge(" << key.src << " -" << relation << "-> " << key.dst << ", "
     << ModalityName(key.modality) << ", mentions=" << summary.mention_count
     << ", docs=" << summary.doc_count;
  if (!summary.first_date.empty()) os << ", " << summary.first_date << ".." << summary.last_date;
  os << ")";
  return os.str();
}

}  // namespace kg::graph
