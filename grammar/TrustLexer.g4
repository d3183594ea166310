// Lexer of the trustc manifest language. See README.md beside this file.
lexer grammar TrustLexer;

// Keywords. Most keywords may also be used as names and property keys (see
// softKeyword in the parser).
IMPORT           : 'import';
BUILTIN          : 'builtin';
TENANT           : 'tenant';
OWNER            : 'owner';
ENVIRONMENT      : 'environment';
MANAGEMENT_GROUP : 'management_group';
SUBSCRIPTION     : 'subscription';
RESOURCE_GROUP   : 'resource_group';
RESOURCE         : 'resource';
WORKLOAD         : 'workload';
IDENTITY         : 'identity';
ROLE             : 'role';
POLICY           : 'policy';
INITIATIVE       : 'initiative';
ASSIGNMENT       : 'policy_assignment';
EXEMPTION        : 'exemption';
CONTROL          : 'control';
CAPABILITY       : 'capability';
ISSUER           : 'issuer';
TRUST            : 'trust';
SECRET           : 'secret';
CERTIFICATE      : 'certificate';
NEEDS            : 'needs';
GRANT            : 'grant';
SUPPRESS         : 'suppress';
ON               : 'on';
IN               : 'in';
AS               : 'as';
BECAUSE          : 'because';
UNTIL            : 'until';
WHEN             : 'when';
BY               : 'by';
TRUE             : 'true';
FALSE            : 'false';

LBRACE   : '{';
RBRACE   : '}';
LBRACKET : '[';
RBRACKET : ']';
COMMA    : ',';
COLON    : ':';
SEMI     : ';';
ASSIGN   : '=';
DOT      : '.';

// Literals. Malformed dates, durations and GUIDs are lexed leniently and
// rejected by semantic analysis with a precise diagnostic.
GUID     : HEX8 '-' HEX4 '-' HEX4 '-' HEX4 '-' HEX12;
DATE     : DIGIT+ '-' DIGIT+ '-' DIGIT+;
DURATION : DIGIT+ [a-zA-Z]+;
NUMBER   : DIGIT+;
ID       : [a-zA-Z_] [a-zA-Z0-9_]* ('-' [a-zA-Z0-9_]+)*;
STRING   : '"' (ESC | ~["\\\r\n])* '"';
// A string that reaches the end of its line: reported as unterminated.
UNTERMINATED_STRING : '"' (ESC | ~["\\\r\n])*;
// Text in single quotes or backticks: reported (strings use double quotes)
// and then read as a string, so the mistake costs one error.
WRONG_QUOTES : '\'' ~['\r\n]* '\'' | '`' ~[`\r\n]* '`';

LINE_COMMENT  : ('//' | '#') ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
// A `/*` with no `*/` after it (it must not contain `*/`, or it would win
// over BLOCK_COMMENT as the longer match).
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
WS            : [ \t\r\n\f\u00A0\uFEFF]+ -> channel(HIDDEN);

// Anything else is one error token: the lexer itself never fails.
ERROR_CHAR : .;

fragment ESC   : '\\' .;
fragment DIGIT : [0-9];
fragment HEX   : [0-9a-fA-F];
fragment HEX4  : HEX HEX HEX HEX;
fragment HEX8  : HEX4 HEX4;
fragment HEX12 : HEX4 HEX4 HEX4;
