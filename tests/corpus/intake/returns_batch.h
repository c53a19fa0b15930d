// Test helpers for the intake tests: a directory of sample files, and the
// record source's output regrouped as returns (Batch), with its totals — the
// returns-level view the intake tests check. Header-only, for corpus_tests.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "corpus/intake/record_source.h"
#include "tests/corpus/intake_samples.h"
#include "tests/corpus/seed_corpus.h"
#include "tests/temp_dir.h"

namespace returns::test {

// A fresh directory to write sample files into, removed at the end.
class SampleDir {
 public:
  // Writes `bytes` to `relative` (parent folders made) and returns the full path.
  std::string Write(const std::string& relative, const std::string& bytes) const {
    const std::filesystem::path p = dir_.path / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path() const { return dir_.path.string(); }

 private:
  TempDir dir_;
};

// What the record source reads, regrouped as returns (one per return, in
// order), with its totals: the returns-level view these tests check.
struct Batch {
  std::vector<returns::Return> returns;
  std::vector<returns::Reject> rejects;
  std::vector<std::string> warnings;
  std::vector<std::string> notes;
  std::vector<returns::NameFinding> names;
  int files = 0;
  int records = 0;
  int taken = 0;
  int no_answer = 0;
};

inline returns::Result<Batch> IngestFiles(const std::vector<std::string>& paths, const returns::Register& reg,
                          const returns::IngestOptions& options = {}) {
  returns::SourceOptions read;
  read.intake = options;
  read.records_from_jsonl = false;
  read.assign_ids = false;
  read.keep_names = true;
  auto source = returns::RecordSource::Open(paths, reg, read);
  if (!source.ok()) return source.status();
  Batch out;
  std::vector<returns::CommentRecord> batch;
  while (source.value()->Next(batch, 7)) {
    for (const returns::CommentRecord& c : batch) {
      if (out.returns.empty() || out.returns.back().id != c.return_id || out.returns.back().round != c.round) {
        returns::Return& r = out.returns.emplace_back();
        r.id = c.return_id;
        r.district = c.district;
        r.collaborative = c.collaborative;
        r.collaborative_canonical = c.collaborative_canonical;
        r.lead_schools = c.lead_schools;
        r.lead_schools_canonical = c.lead_schools_canonical;
        r.question = c.question;
        r.round = c.round;
        r.source = c.source;
        r.line = c.return_line;
      }
      returns::Return& r = out.returns.back();
      r.comments.push_back({c.position, c.heading, c.text, c.start, c.end, c.line});
      r.text += (r.text.empty() ? "" : "\n") + c.text;
    }
  }
  if (!source.value()->status().ok()) return source.value()->status();
  out.rejects = source.value()->totals().rejects;
  out.warnings = source.value()->totals().warnings;
  out.notes = source.value()->totals().notes;
  out.names = source.value()->totals().names;
  out.no_answer = source.value()->totals().no_answer;
  out.files = source.value()->totals().files;
  out.records = source.value()->totals().records;
  out.taken = source.value()->totals().taken;
  return out;
}

inline std::string Totals(const Batch& b) {
  returns::Ingested totals;
  totals.rejects = b.rejects;
  totals.files = b.files;
  totals.records = b.records;
  totals.taken = b.taken;
  totals.no_answer = b.no_answer;
  return returns::TotalsLine(totals);
}

inline const std::string kSame = SourcePath("tests/data/intake/same/");
inline const std::string kBad = SourcePath("tests/data/intake/bad/");

inline Batch Ingest(const std::vector<std::string>& paths, const returns::IngestOptions& options = {}) {
  returns::Result<Batch> got = IngestFiles(paths, BundledRegister(), options);
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  return std::move(got).value();
}

inline std::vector<std::string> Sources(const Batch& in) {
  std::vector<std::string> out;
  for (const returns::Return& r : in.returns) out.push_back(r.source);
  return out;
}


// One Thanet return in JSON Lines (returns, as ingest reads them).
inline const std::string kJsonl =
    R"({"district": "Thanet", "collaborative": "M7 Partnership", "lead_schools": "Minster Primary", "question": 2, "text": "Learning walks."})"
    "\n";

}  // namespace returns::test
