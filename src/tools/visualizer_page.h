// SPDX-License-Identifier: GPL-3.0-or-later
// The visualizer's page: visualizer_page.html, .css and .js, carried in
// pyvm as text (embedded at build time by tools/embed_text.cmake).
#pragma once

#include <string_view>

namespace pyvm {

extern const std::string_view kVisualizerPageHtml;
extern const std::string_view kVisualizerPageCss;
extern const std::string_view kVisualizerPageScript;

}  // namespace pyvm
