// Whether a federated credential is one its issuer can match: a subject
// written as a whole (`subject = "..."`, or any subject of the generic `oidc`
// issuer when its URL is a well-known issuer's) in the form that issuer emits,
// and an issuer URL spelled as its tokens carry it. Subjects built from parts
// are right by construction (sema/federation). Read by the `subject-format` rule.
#pragma once

#include <optional>
#include <string>

#include "sema/model.h"

namespace trustc::sema {

std::optional<std::string> subjectFormatProblem(const Trust& t);
std::optional<std::string> issuerFormatProblem(const Trust& t);

}  // namespace trustc::sema
