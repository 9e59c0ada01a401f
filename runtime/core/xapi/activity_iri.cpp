// Activity IRIs. See activity_iri.h.
#include "xapi/activity_iri.h"

#include <cctype>

namespace lectern::xapi {

std::string iriSegment(std::string_view id) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(id.size());
    for (unsigned char c : id) {
        // RFC 3987 unreserved, plus any non-ASCII byte (ucschar): an IRI may carry UTF-8 as is.
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c >= 0x80) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out.empty() ? "_" : out;
}

std::string defaultCourseIri(std::string_view courseId) { return "urn:lectern:course:" + iriSegment(courseId); }

std::optional<std::string> courseIriProblem(std::string_view iri) {
    size_t colon = iri.find(':');
    bool schemeOk = colon != std::string_view::npos && colon > 0 && std::isalpha((unsigned char)iri[0]);
    for (size_t i = 0; schemeOk && i < colon; ++i) {
        unsigned char c = iri[i];
        schemeOk = std::isalnum(c) || c == '+' || c == '-' || c == '.';
    }
    if (!schemeOk || colon + 1 >= iri.size())
        return "must be an absolute IRI such as https://example.org/courses/my-course or urn:example:my-course";
    for (unsigned char c : iri) {
        if (c <= 0x20 || c == 0x7F) return "must not contain spaces or control characters";
        if (c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`')
            return std::string("must not contain the character '") + char(c) + "'";
        if (c == '?' || c == '#')
            return "must not have a query ('?') or fragment ('#'): activity ids are built by appending paths to it";
    }
    return std::nullopt;
}

static std::string trimmed(std::string_view courseIri) {
    while (!courseIri.empty() && courseIri.back() == '/') courseIri.remove_suffix(1);
    return std::string(courseIri);
}

std::string moduleIri(std::string_view courseIri, std::string_view moduleId) {
    return trimmed(courseIri) + "/modules/" + iriSegment(moduleId);
}
std::string sectionIri(std::string_view courseIri, std::string_view moduleId, std::string_view sectionId) {
    return moduleIri(courseIri, moduleId) + "/sections/" + iriSegment(sectionId);
}
std::string quizIri(std::string_view courseIri, std::string_view moduleId, std::string_view quizId) {
    return moduleIri(courseIri, moduleId) + "/quizzes/" + iriSegment(quizId);
}
std::string questionIri(std::string_view courseIri, std::string_view moduleId, std::string_view quizId,
                        std::string_view questionId) {
    return quizIri(courseIri, moduleId, quizId) + "/questions/" + iriSegment(questionId);
}
std::string reflectionIri(std::string_view courseIri, std::string_view moduleId, std::string_view reflectionId) {
    return moduleIri(courseIri, moduleId) + "/reflections/" + iriSegment(reflectionId);
}
std::string settingsIri(std::string_view courseIri) { return trimmed(courseIri) + "/settings"; }

} // namespace lectern::xapi
