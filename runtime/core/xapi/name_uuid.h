// Name-based (version 5, SHA-1) UUIDs from libuuid: the same namespace and name always give
// the same id, so a statement derived from an event (one per quiz question) keeps its id
// however often it is rendered.
#pragma once
#include <string>
#include <string_view>

namespace lectern::xapi {
// The namespace is a UUID in text form; a malformed one is hashed into a fixed Lectern
// namespace first, so any input still gives a stable, valid id.
std::string nameUuidV5(std::string_view namespaceUuid, std::string_view name);
}
