#include "report/hr_export.h"

#include "report/progress_report.h"
#include "store/store_clock.h"

#include <cmath>
#include <cstdio>

namespace lectern::report {

namespace {

double round1(double v) { return std::round(v * 10.0) / 10.0; }

} // namespace

std::string hrNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", round1(v) == 0 ? 0.0 : round1(v));  // never "-0"
    return buf;
}

namespace {

HrRecord recordOf(const RoomFigures& room, const LearnerFigures& l, const Figures& f) {
    HrRecord r;
    r.externalId = l.externalId;
    r.fullName = l.fullName;
    r.group = l.group;
    r.session = l.session;
    r.courseId = room.courseId;
    r.courseTitle = room.courseTitle;
    r.status = statusWord(f.status);
    if (f.completedAtMs > 0) r.completedAt = isoUtcSeconds(f.completedAtMs);
    if (f.scorePercent) r.scorePercent = round1(*f.scorePercent);
    r.timeOnTaskMinutes = round1(f.secondsOnTask / 60.0);
    r.certificateCode = l.certificateCode;  // the course's certificate, on its module rows too
    return r;
}

} // namespace

std::string isoUtcSeconds(int64_t ms) {
    std::string text = store::isoUtc(ms - ms % 1000);  // 2026-11-23T19:02:11.000Z
    size_t dot = text.rfind('.');
    return dot == std::string::npos ? text : text.substr(0, dot) + "Z";
}

std::vector<HrRecord> hrRecords(const RoomFigures& room, bool perModule) {
    std::vector<HrRecord> out;
    out.reserve(room.learners.size() * (perModule ? room.totals.size() : 1));
    for (const LearnerFigures& l : room.learners) {
        if (!perModule) {
            out.push_back(recordOf(room, l, l.course));
            continue;
        }
        for (const ModuleFigures& m : l.modules) {
            out.push_back(recordOf(room, l, m.figures));
            out.back().moduleId = m.moduleId;
            out.back().moduleTitle = m.title;
        }
    }
    return out;
}

std::string spreadsheetText(const std::string& text) {
    if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos)
        return csvField("'" + text);
    return csvField(text);
}

std::string hrCsv(const std::vector<HrRecord>& records, bool perModule) {
    std::string out = "\xEF\xBB\xBF";
    out += "external_id,full_name,group,session,course_id,course_title,";
    if (perModule) out += "module_id,module_title,";
    out += "status,completed_at,score_percent,time_on_task_minutes,certificate_code\r\n";
    for (const HrRecord& r : records) {
        out += spreadsheetText(r.externalId) + ',' + spreadsheetText(r.fullName) + ',' + spreadsheetText(r.group) + ',' +
               spreadsheetText(r.session) + ',' + spreadsheetText(r.courseId) + ',' + spreadsheetText(r.courseTitle) + ',';
        if (perModule) out += spreadsheetText(r.moduleId) + ',' + spreadsheetText(r.moduleTitle) + ',';
        out += r.status + ',' + r.completedAt + ',' + (r.scorePercent ? hrNumber(*r.scorePercent) : "") + ',' +
               hrNumber(r.timeOnTaskMinutes) + ',' + spreadsheetText(r.certificateCode) + "\r\n";
    }
    return out;
}

nlohmann::ordered_json hrJson(const std::vector<HrRecord>& records, bool perModule) {
    using nlohmann::ordered_json;
    auto textOrNull = [](const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); };
    ordered_json out = ordered_json::array();
    for (const HrRecord& r : records) {
        ordered_json j;
        j["external_id"] = textOrNull(r.externalId);
        j["full_name"] = r.fullName;
        j["group"] = textOrNull(r.group);
        j["session"] = textOrNull(r.session);
        j["course_id"] = r.courseId;
        j["course_title"] = r.courseTitle;
        if (perModule) {
            j["module_id"] = r.moduleId;
            j["module_title"] = r.moduleTitle;
        }
        j["status"] = r.status;
        j["completed_at"] = textOrNull(r.completedAt);
        j["score_percent"] = r.scorePercent ? ordered_json(*r.scorePercent) : ordered_json(nullptr);
        j["time_on_task_minutes"] = r.timeOnTaskMinutes;
        j["certificate_code"] = textOrNull(r.certificateCode);
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace lectern::report
