#include "store/uuid.h"

#include <uuid/uuid.h>

namespace lectern::store {

std::string makeUuidV4() {
    // libuuid's random UUIDs come from the OS (getrandom), so two processes or threads never
    // share a sequence (the event uuid is UNIQUE in the database) and no state is kept here.
    uuid_t raw;
    uuid_generate_random(raw);
    char text[37];
    uuid_unparse_lower(raw, text);
    return text;
}

} // namespace lectern::store
