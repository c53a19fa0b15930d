// What the REFI-QDA export and import (refi_export.h, refi_import.h) agree
// on: the names and GUIDs they give things.
//
// GUIDs are UUID version 5 (SHA-1, RFC 4122 §4.3) of a name in a namespace
// of ours, so the same database always gives the same GUIDs — and the same
// bytes — and a code keeps its GUID across exports (QDA tools match codes
// by GUID when a project comes back).
//
// How a source's text holds comments: refi_comment_map.h. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace returns::refi {

// The project namespace of project.qde, and the codebook's of a .qdc.
inline constexpr const char* kProjectNamespace = "urn:QDA-XML:project:1.0";
inline constexpr const char* kCodebookNamespace = "urn:QDA-XML:codebook:1.0";

// The folder of a .qdpx that holds its internal sources (§8.1).
inline constexpr const char* kSourcesFolder = "sources";

// The code a match only planned is coded with, besides its theme's.
inline constexpr const char* kPendingCodeName = "Pending (planned, not yet done)";
inline constexpr const char* kPendingCodeDescription =
    "Coded by returns where the comment says the work has not happened yet (not yet, planned, postponed…): "
    "the selection's theme is only pending there.";

// The user every coding returns makes is made by.
inline constexpr const char* kUserName = "returns (automatic coding)";

// A GUID for `name` among things of one `kind` ("code", "source", …):
// lower-case "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx".
std::string Guid(std::string_view kind, std::string_view name);

std::string CodeGuid(std::string_view theme_id);
std::string PendingCodeGuid();
std::string UserGuid();

}  // namespace returns::refi
