#ifndef PLAID_ERRORS_HPP
#define PLAID_ERRORS_HPP

/// Every header that needs only the standard library, for a file that would
/// rather pay for all of them than name the one it uses: the taxonomy and
/// its prose, the body parser, `std::error_code`, formatting, pre-flight
/// checks, redaction, transfer failures and retry advice. The parser's definition
/// comes with it, unless `PLAID_ERRORS_SEPARATE_COMPILATION` leaves it to the one
/// file that includes <plaid/errors/body_reader.hpp>. nlohmann/json (<plaid/errors/json.hpp>,
/// the fixtures) and the test framework and fmt integrations are not here.
#include "errors/action_plan.hpp"
#include "errors/code.hpp"
#include "errors/code_info.hpp"
#include "errors/code_records.hpp"
#include "errors/codes.hpp"
#include "errors/error.hpp"
#include "errors/error_code.hpp"
#include "errors/error_code_enums.hpp"
#include "errors/error_type.hpp"
#include "errors/format.hpp"
#include "errors/invalid_input.hpp"
#include "errors/members.hpp"
#include "errors/parse.hpp"
#include "errors/plan_context.hpp"
#include "errors/preflight.hpp"
#include "errors/printable.hpp"
#include "errors/redact.hpp"
#include "errors/retry_advice.hpp"
#include "errors/retry_after.hpp"
#include "errors/retry_budget.hpp"
#include "errors/retry_tables.hpp"
#include "errors/shape_reader.hpp"
#include "errors/string_list.hpp"
#include "errors/token_inspection.hpp"
#include "errors/tokens.hpp"
#include "errors/transfer_code.hpp"
#include "errors/transfer_decision_rationale.hpp"
#include "errors/transfer_failure.hpp"
#include "errors/transfer_failure_codes.hpp"
#include "errors/transfer_format.hpp"
#include "errors/webhook_format.hpp"
#include "errors/version.hpp"
#include "errors/embedded_errors.hpp"
#include "errors/oauth_response.hpp"
#include "errors/error_code_reason.hpp"
#include "errors/item_health.hpp"
#include "errors/item_health_table.hpp"
#include "errors/parsed.hpp"
#include "errors/webhook.hpp"
#include "errors/webhook_code.hpp"
#include "errors/webhook_codes.hpp"
#include "errors/webhook_records.hpp"
#include "errors/link_error_code.hpp"
#include "errors/link_exit.hpp"
#include "errors/link_exit_remedy.hpp"
#include "errors/link_exit_status.hpp"
#include "errors/webhook_wait.hpp"
#include "errors/webhook_wait_table.hpp"

#endif
