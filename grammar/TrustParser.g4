// Parser of the trustc manifest language. See README.md beside this file.
//
// The grammar is deliberately flat and uniform: every declaration is a
// keyword, a header and an optional block of members; every member is a
// property, a section or a nested declaration. Which properties a kind of
// declaration accepts is checked by semantic analysis (compiler/sema), so the
// grammar stays small and error recovery stays local.
parser grammar TrustParser;

options { tokenVocab = TrustLexer; }

file : topItem* EOF;

topItem
  : importDecl SEMI?
  | decl SEMI?
  | stray
  ;

importDecl : IMPORT STRING;

// Tokens that cannot start a declaration at top level; kept in the tree so the
// error says what was expected instead of skipping silently.
stray : ID | STRING | GUID | DATE | DURATION | NUMBER | RBRACE | ERROR_CHAR | UNTERMINATED_STRING | WRONG_QUOTES;

decl
  : BUILTIN? declKeyword declName label? (COLON kind=name)? (placement=(IN | ON) target=ref)? clause* block?    # headerDecl
  | NEEDS permission (ON target=ref)? clause* block?                                                          # needsDecl
  | GRANT roleRef ((ON | wrongOn=name) target=ref)? clause* block?                                             # grantDecl
  | TRUST issuerName=ref (AS credName=name)? clause* block?                                                    # trustDecl
  | SUPPRESS ruleId=name clause* block?                                                                        # suppressDecl
  ;

declKeyword
  : TENANT | OWNER | ENVIRONMENT | MANAGEMENT_GROUP | SUBSCRIPTION | RESOURCE_GROUP
  | RESOURCE | WORKLOAD | IDENTITY | ROLE | POLICY | INITIATIVE | ASSIGNMENT
  | EXEMPTION | CONTROL | CAPABILITY | ISSUER | SECRET | CERTIFICATE
  ;

declName : ref | STRING;
label    : STRING | GUID;

permission : STRING | WRONG_QUOTES | ref;
// `ID ID+` catches a built-in role's name written without quotes
// (`grant Storage Blob Data Reader on st`), reported once by lowering.
roleRef    : STRING | WRONG_QUOTES | GUID | ref | ID ID+;

clause
  : BECAUSE value   # becauseClause
  | UNTIL value     # untilClause
  | WHEN value      # whenClause
  | BY value        # byClause
  ;

block : LBRACE member* RBRACE;

// A name followed by a block is a section (`review { ... }`); when the name
// is a declaration keyword (`certificate { ... }`), lowering makes it a
// declaration without a name. `missingAssign` catches a forgotten `=`.
member
  : propKey (ASSIGN | COLON) value SEMI?    # property
  | propKey block                           # section
  | decl SEMI?                              # nestedDecl
  | propKey bareValue SEMI?                 # missingAssign
  | SEMI                                    # emptyMember
  ;

// A value that can follow a key with its `=` forgotten.
bareValue : STRING | WRONG_QUOTES | NUMBER | DATE | DURATION | GUID | TRUE | FALSE;

value
  : STRING                                          # stringValue
  | UNTERMINATED_STRING                             # badStringValue
  | WRONG_QUOTES                                    # wrongQuotesValue
  | NUMBER                                          # numberValue
  | DATE                                            # dateValue
  | DURATION                                        # durationValue
  | GUID                                            # guidValue
  | (TRUE | FALSE)                                  # boolValue
  | ref                                             # refValue
  | LBRACKET (value (COMMA value)* COMMA?)? RBRACKET # listValue
  | block                                           # objectValue
  ;

ref  : name (DOT name)*;
name : ID | softKeyword;

// Keywords that read naturally as names or keys. `in`, `on` and `as` are not
// among them: they only join a declaration's header to what follows, so after
// a header they always start its placement (better errors, no ambiguity).
softKeyword
  : TENANT | OWNER | ENVIRONMENT | MANAGEMENT_GROUP | SUBSCRIPTION | RESOURCE_GROUP
  | RESOURCE | WORKLOAD | IDENTITY | ROLE | POLICY | INITIATIVE | ASSIGNMENT
  | EXEMPTION | CONTROL | CAPABILITY | ISSUER | TRUST | SECRET | CERTIFICATE
  | NEEDS | GRANT | SUPPRESS | IMPORT | BUILTIN | BY | BECAUSE | UNTIL | WHEN
  ;

propKey : name;
