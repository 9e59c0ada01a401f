// The stylesheet of the exported module page (export/module_page.h), screen and print.
#pragma once

namespace lectern {

const char* modulePageCss();

} // namespace lectern
