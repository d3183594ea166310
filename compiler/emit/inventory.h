// The inventory document (inventory.cpp) and its Markdown rendering
// (inventory_md.cpp).
#pragma once

#include <string>

#include "emit/azure.h"

namespace trustc::emit {

class Context;

Json inventoryJson(const Context& ctx);
std::string inventoryMarkdown(const Json& inventory);

}  // namespace trustc::emit
