-- A real LSP client: headless Neovim's built-in client (0.7 API) starts
-- `trustc lsp`, opens a manifest, waits for its diagnostics, asks for a hover
-- and formats the buffer, and writes what it got to $OUT.
local out = assert(io.open(os.getenv("OUT"), "w"))
local function finish(code)
  out:close()
  vim.cmd((code == 0 and "qall!" or "cquit! " .. code))
end

vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("MANIFEST")))
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = "trustc",
  cmd = { os.getenv("TRUSTC"), "lsp", "--as-of=2026-11-22" },
  root_dir = vim.fn.expand("%:p:h"),
})
if not client then
  out:write("the client did not start\n")
  return finish(1)
end
vim.lsp.buf_attach_client(buf, client)

if not vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  out:write("no diagnostics arrived\n")
  return finish(1)
end
local names = { "error", "warning", "info", "hint" }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  out:write(string.format("%d:%d: %s: %s [%s]\n", d.lnum + 1, d.col + 1, names[d.severity], d.message, d.code))
end

-- Hover on the role of the grant (line 15, column 12).
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 14, character = 12 } }
local replies = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 20000) or {}
for _, reply in pairs(replies) do
  if reply.result then out:write("hover: " .. reply.result.contents.value:gsub("\n.*", "") .. "\n") end
end

-- Formatting through the client rewrites the buffer.
vim.lsp.buf.formatting_sync(nil, 20000)
out:write("formatted line 2:" .. vim.api.nvim_buf_get_lines(buf, 1, 2, false)[1] .. "\n")
finish(0)
