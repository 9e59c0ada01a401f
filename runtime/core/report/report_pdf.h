// The facilitator's paper file: the dashboard's table (learners by modules: status and best
// score, then the course's status, score and time on task) and an item analysis, as
// pdf::Table for pdf/table_pdf.h. Figures are written as the HR export writes them
// (hrNumber), so the paper and the CSV show the same numbers.
#pragma once
#include "pdf/table_pdf.h"
#include "report/item_analysis.h"
#include "report/room_figures.h"

namespace lectern::report {

pdf::Table dashboardTable(const RoomFigures& room);
pdf::Table itemAnalysisTable(const ItemAnalysis& analysis);

} // namespace lectern::report
