// returns --version: the program's version, the lexicon it tags with by
// default, and the versions of the libraries that decide its results (ICU
// segments and folds text, RE2 matches patterns, Xapian indexes and ranks),
// read from the libraries themselves where they say (the ones loaded, not
// only the ones built against).
#include <boost/version.hpp>
#include <simdjson.h>
#include <unicode/uversion.h>
#include <xapian.h>

#include <iostream>
#include <string>

#include "corpus/base/pdf_words.h"
#include "corpus/base/zip_calls.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "pipeline/cli/cli.h"

namespace returns::cli {

std::string VersionText() {
  UVersionInfo icu;
  u_getVersion(icu);
  char icu_text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(icu, icu_text);
  std::string boost = BOOST_LIB_VERSION;
  for (char& c : boost) c = c == '_' ? '.' : c;
  std::string lexicon;
  const std::string path = DefaultLexiconPath();
  if (Result<Lexicon> l = LoadLexicon(path); l.ok()) {
    lexicon = l.value().name + " " + l.value().version + " (" + path + ")";
  } else {
    lexicon = "not readable: " + l.status().ToString();
  }
  // poppler and libzip are asked through their modules, which --version loads (module.h).
  const Result<std::string> poppler = PopplerVersion();
  const Result<const ZipCalls*> libzip = Libzip();
  return std::string("returns ") + RETURNS_VERSION + "\n" +   //
         "lexicon:   " + lexicon + "\n" +                         //
         "ICU " + icu_text + ", RE2 " + RETURNS_RE2_VERSION + ", Xapian " + Xapian::version_string() +
         ", Boost " + boost + ", simdjson " + std::to_string(simdjson::SIMDJSON_VERSION_MAJOR) + "." + std::to_string(simdjson::SIMDJSON_VERSION_MINOR) + "." + std::to_string(simdjson::SIMDJSON_VERSION_REVISION) + ", libzip " + (libzip.ok() ? std::string(libzip.value()->zip_libzip_version()) : "not loaded: " + libzip.status().ToString()) + ", poppler " +
         (poppler.ok() ? poppler.value() : "not loaded: " + poppler.status().ToString()) + "\n";
}

}  // namespace returns::cli
