// Tagging many records fast: records are tagged and serialised on `jobs`
// threads and written in input order (byte-identical for any `jobs`); JSON
// Lines are streamed in batches, so memory stays flat however large the input.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "lexicon/matcher/matcher.h"
#include "corpus/intake/ingest.h"
#include "pipeline/stages/tag_records.h"

namespace returns {

enum class TagOutput { kJsonl, kCsv };

void WriteTagged(const std::vector<TagRecord>& records, const Matcher& matcher, TagOutput format, int jobs,
                 std::ostream& out);

// Reads JSON Lines from `in`; rejects and counts go to `intake`. Returns records tagged.
size_t TagJsonlStream(std::istream& in, const std::string& source, const Matcher& matcher, TagOutput format, int jobs,
                      std::ostream& out, Ingested& intake);

}  // namespace returns
