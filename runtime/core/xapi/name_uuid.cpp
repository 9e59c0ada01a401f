// Version 5 UUIDs. See name_uuid.h.
#include "xapi/name_uuid.h"

#include <uuid/uuid.h>

namespace lectern::xapi {

std::string nameUuidV5(std::string_view namespaceUuid, std::string_view name) {
    std::string nsText(namespaceUuid);
    uuid_t ns, out;
    if (uuid_parse(nsText.c_str(), ns) != 0) {
        // urn:lectern namespace: v5 of "urn:lectern:xapi" in the URL namespace of RFC 4122.
        uuid_t urlNs, lecternNs;
        uuid_parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8", urlNs);
        static const char lectern[] = "urn:lectern:xapi";
        uuid_generate_sha1(lecternNs, urlNs, lectern, sizeof lectern - 1);
        uuid_generate_sha1(ns, lecternNs, nsText.data(), nsText.size());
    }
    uuid_generate_sha1(out, ns, name.data(), name.size());
    char text[37];
    uuid_unparse_lower(out, text);
    return text;
}

} // namespace lectern::xapi
