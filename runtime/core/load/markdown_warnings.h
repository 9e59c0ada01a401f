// `lectern check` warnings for Markdown the reader cannot show as the author meant it. Each
// says where, what learners will see instead and what to write:
//   - raw HTML (a block or inline): shown as code text, never rendered;
//   - a footnote ("[^1]" / "[^1]: ..."): shown as written;
//   - a task-list box ("- [ ] item"): shown as the brackets;
//   - a bare web address ("see https://..."): plain text, not a link;
//   - a quiz or reflection inside a list, quote, callout or table: not interactive there.
// Tables, strikethrough and everything of CommonMark otherwise are shown.
#pragma once
#include "course/document.h"

#include <functional>
#include <string>
#include <vector>

namespace lectern {

void warnUnshownMarkdown(const std::vector<Block>& blocks, const std::function<void(SourcePos, std::string)>& warn);

} // namespace lectern
