// Federated trust that knows its issuers. The manifest states the parts of a
// trust (repository and environment, namespace and service account, ...);
// this pass checks them against the issuer (its `fields` in the standard
// library and the forms in sema/federation_names.h) and fills
// Trust::issuerUrl, Trust::subject and Trust::audience exactly as Azure stores
// them. Then it checks each identity's credentials as a whole: at most 20
// federated credentials, no issuer + subject twice, names Azure accepts, and
// what managed identities cannot have.
#pragma once

#include <cstddef>
#include <string_view>

#include "sema/compilation.h"

namespace trustc::sema {

inline constexpr std::string_view kDefaultAudience = "api://AzureADTokenExchange";
// Audiences of the sovereign clouds, also standard.
inline constexpr std::string_view kUsGovAudience = "api://AzureADTokenExchangeUSGov";
inline constexpr std::string_view kChinaAudience = "api://AzureADTokenExchangeChina";
inline constexpr std::size_t kMaxFederatedCredentials = 20;
inline constexpr std::size_t kMaxFederationValueLength = 600;

// Runs after the model is built (sema/build_model.cpp).
void buildFederation(Compilation& c);
void checkIdentityCredentials(Compilation& c);

// The issuers whose tokens come from CI/CD pipelines (deployments).
bool isPipelineIssuer(std::string_view issuer);

}  // namespace trustc::sema
