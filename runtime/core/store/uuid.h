// Random (version 4) UUIDs: the ids of xAPI statements in the event log.
#pragma once
#include <string>

namespace lectern::store {
std::string makeUuidV4();  // "f47ac10b-58cc-4372-a567-0e02b2c3d479"; thread-safe
}
