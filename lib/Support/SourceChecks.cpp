//===- SourceChecks.cpp - Reject inputs the MLIR parser cannot survive ----===//
//
// A token-level scan of MLIR text. Tokens that matter: SSA names (`%x`,
// `%x#1`), brackets, `=`, `:`, `,`, `<`. A name is a definition when it is
// followed by `=` (results, loop variables, iter_args), by `<` (the thread
// id of xyz.foreach_thread), by `:` inside parentheses (block and function
// arguments), by `:N =` (a result group), or when it is part of a result
// list `%a, %b:2 = ...` that starts a statement; every other occurrence is a
// use. Misreading a definition as a use can only make the scan report a
// name that is defined twice, which MLIR rejects anyway.
//
//===----------------------------------------------------------------------===//

#include "xyz/Support/SourceChecks.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"
#include <deque>
#include <vector>

using namespace xyz;
using llvm::StringRef;

namespace {

enum class Tok { Value, Open, Close, Equal, Colon, Comma, Less, Number, Other,
                 End };

struct Token {
  Tok kind = Tok::End;
  StringRef text;       // a value's name, without `#N`
  size_t offset = 0;    // in the text
  bool lineStart = false; // first token on its line
  bool resultIndex = false; // `%x#N`: always a use
};

bool isIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '.' ||
         c == '-';
}

/// Tokens on demand, with lookahead: the scan keeps only the few tokens it
/// may still look at, so its memory does not grow with the input.
class Lexer {
public:
  explicit Lexer(StringRef text) : text(text) {}

  /// The token `k` places after the current one (End past the input).
  const Token &peek(size_t k) {
    while (ahead.size() <= k)
      ahead.push_back(lex());
    return ahead[k];
  }
  void advance() {
    peek(0);
    ahead.pop_front();
  }

private:
  Token lex();

  StringRef text;
  size_t i = 0;
  bool lineStart = true;
  std::deque<Token> ahead;
};

Token Lexer::lex() {
  size_t n = text.size();
  while (i < n) {
    char c = text[i];
    if (c == '\n') {
      lineStart = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (c == '/' && i + 1 < n && text[i + 1] == '/') {
      while (i < n && text[i] != '\n')
        ++i;
      continue;
    }
    Token tok;
    tok.kind = Tok::Other;
    tok.offset = i;
    tok.lineStart = lineStart;
    lineStart = false;
    if (c == '"') { // a string: skip it, escapes included
      for (++i; i < n && text[i] != '"' && text[i] != '\n'; ++i)
        if (text[i] == '\\')
          ++i;
      ++i;
      return tok;
    }
    if (c == '%') {
      size_t start = ++i;
      while (i < n && isIdChar(text[i]))
        ++i;
      tok.kind = Tok::Value;
      tok.text = text.slice(start, i);
      if (i < n && text[i] == '#') {
        tok.resultIndex = true;
        ++i;
        while (i < n && isIdChar(text[i]))
          ++i;
      }
      return tok;
    }
    ++i;
    switch (c) {
    case '(': case '[': case '{': tok.kind = Tok::Open; break;
    case ')': case ']': case '}': tok.kind = Tok::Close; break;
    case '=': tok.kind = Tok::Equal; break;
    case ':': tok.kind = Tok::Colon; break;
    case ',': tok.kind = Tok::Comma; break;
    case '<': tok.kind = Tok::Less; break;
    default:
      if (c >= '0' && c <= '9')
        tok.kind = Tok::Number;
      if (isIdChar(c))
        while (i < n && isIdChar(text[i]))
          ++i;
    }
    tok.text = text.slice(tok.offset, i);
    return tok;
  }
  Token end;
  end.offset = n;
  return end;
}

class Scanner {
public:
  Scanner(StringRef text, unsigned maxNesting)
      : text(text), maxNesting(maxNesting), lexer(text) {}

  std::optional<SourceProblem> run();

private:
  /// A use of a name not defined (visibly) before it.
  struct PendingUse {
    unsigned braceDepth;
    uint64_t scopeId;
    size_t offset;
  };

  bool innermostIsParen() const {
    return !brackets.empty() && brackets.back() == '(';
  }
  /// If the current token starts a result list `%a(:N)?, %b(:N)? ... =`,
  /// the lookahead distance of its `=`.
  std::optional<size_t> resultListEnd();
  /// True if the current token (a value) is a definition on its own.
  bool isSingleDefinition();
  void use(const Token &tok);
  std::optional<SourceProblem> define(const Token &tok);
  SourceProblem problemAt(size_t offset, const llvm::Twine &message) const;

  StringRef text;
  unsigned maxNesting;
  Lexer lexer;
  std::vector<char> brackets;
  /// Per open brace (and the top level): its id and the names it defines.
  std::vector<uint64_t> scopeIds{0};
  std::vector<std::vector<StringRef>> scopeNames{{}};
  uint64_t nextScopeId = 1;
  llvm::StringMap<unsigned> visible;
  llvm::StringMap<std::vector<PendingUse>> pending;
};

std::optional<size_t> Scanner::resultListEnd() {
  for (size_t j = 0;; ++j) {
    const Token &value = lexer.peek(j);
    if (value.kind != Tok::Value || value.resultIndex)
      return std::nullopt;
    if (lexer.peek(j + 1).kind == Tok::Colon &&
        lexer.peek(j + 2).kind == Tok::Number)
      j += 2;
    Tok next = lexer.peek(j + 1).kind;
    if (next == Tok::Equal)
      return j + 1;
    if (next != Tok::Comma)
      return std::nullopt;
    ++j; // the comma
  }
}

bool Scanner::isSingleDefinition() {
  if (lexer.peek(0).resultIndex)
    return false;
  Tok next = lexer.peek(1).kind;
  if (next == Tok::Equal || next == Tok::Less)
    return true;
  if (next == Tok::Colon)
    return innermostIsParen() || (lexer.peek(2).kind == Tok::Number &&
                                  lexer.peek(3).kind == Tok::Equal);
  return false;
}

void Scanner::use(const Token &tok) {
  auto it = visible.find(tok.text);
  if (it != visible.end() && it->second > 0)
    return;
  unsigned depth = scopeIds.size() - 1;
  pending[tok.text].push_back({depth, scopeIds[depth], tok.offset});
}

std::optional<SourceProblem> Scanner::define(const Token &tok) {
  unsigned depth = scopeIds.size() - 1;
  auto it = pending.find(tok.text);
  if (it != pending.end()) {
    for (const PendingUse &use : it->second)
      // The use's block is still open and the definition is nested inside
      // it: a region defines the name after an op of that block used it.
      if (use.braceDepth < depth && scopeIds[use.braceDepth] == use.scopeId)
        return problemAt(
            use.offset,
            "'%" + tok.text +
                "' is used here but defined only later, inside a nested "
                "region (at line " +
                llvm::Twine(problemAt(tok.offset, "").line) +
                "); define it before its use (MLIR 19's parser would crash "
                "on this input)");
    pending.erase(it);
  }
  ++visible[tok.text];
  scopeNames.back().push_back(tok.text);
  return std::nullopt;
}

SourceProblem Scanner::problemAt(size_t offset,
                                 const llvm::Twine &message) const {
  SourceProblem problem;
  StringRef before = text.take_front(offset);
  problem.line = before.count('\n') + 1;
  size_t lineStart = before.rfind('\n');
  problem.col =
      offset - (lineStart == StringRef::npos ? 0 : lineStart + 1) + 1;
  problem.message = message.str();
  return problem;
}

std::optional<SourceProblem> Scanner::run() {
  bool afterOpenBrace = false; // the previous token was `{`
  for (bool first = true; lexer.peek(0).kind != Tok::End; first = false) {
    Token tok = lexer.peek(0);
    bool statementStart = tok.lineStart || first || afterOpenBrace;
    afterOpenBrace = false;
    switch (tok.kind) {
    case Tok::Open: {
      char c = text[tok.offset];
      brackets.push_back(c);
      if (brackets.size() > maxNesting)
        return problemAt(tok.offset,
                         "brackets nest more than " +
                             llvm::Twine(maxNesting) +
                             " levels deep here; the parser and the passes "
                             "recurse once per level (flatten the input)");
      if (c == '{') {
        scopeIds.push_back(nextScopeId++);
        scopeNames.emplace_back();
        afterOpenBrace = true;
      }
      break;
    }
    case Tok::Close: {
      if (brackets.empty())
        break; // unbalanced: the parser reports it
      char open = brackets.back();
      brackets.pop_back();
      if (open == '{' && scopeIds.size() > 1) {
        for (StringRef name : scopeNames.back())
          --visible[name];
        scopeNames.pop_back();
        scopeIds.pop_back();
      }
      break;
    }
    case Tok::Value: {
      if (statementStart && !tok.resultIndex)
        if (std::optional<size_t> end = resultListEnd()) {
          for (size_t j = 0; j < *end; ++j)
            if (lexer.peek(j).kind == Tok::Value)
              if (auto problem = define(lexer.peek(j)))
                return problem;
          for (size_t j = 0; j < *end; ++j)
            lexer.advance(); // the `=` is advanced past below
          break;
        }
      if (isSingleDefinition()) {
        if (auto problem = define(tok))
          return problem;
      } else {
        use(tok);
      }
      break;
    }
    default:
      break;
    }
    lexer.advance();
  }
  return std::nullopt;
}

} // namespace

std::optional<SourceProblem> xyz::checkMlirSource(StringRef text,
                                                  unsigned maxNesting) {
  return Scanner(text, maxNesting).run();
}
