//! Running progenitor and formatting its output.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use openapiv3::OpenAPI;
use proc_macro2::TokenStream;
use quote::quote;

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Installs (once) a panic hook that stays silent while this thread runs
/// progenitor and defers to the previous hook otherwise.
fn install_quiet_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Why progenitor failed on a spec.
enum Failure {
    Error(String),
    Panic(String),
}

impl Failure {
    fn describe(&self) -> String {
        match self {
            Failure::Error(e) => format!("progenitor reported: {e}"),
            Failure::Panic(p) => format!("progenitor panicked: {p}"),
        }
    }

    fn hint(&self) -> &'static str {
        let text = match self {
            Failure::Error(e) | Failure::Panic(e) => e.as_str(),
        };
        if text.contains("response_types.len() <= 1") {
            "its responses have different types: progenitor needs one schema for all success responses \
             (2XX and `default`) and one for all error responses (4XX/5XX and `default`); \
             describe errors as 4XX/5XX with one shared schema (e.g. the same $ref), not as `default`"
        } else if text.contains("more media types than expected") {
            "give its request body exactly one content type"
        } else if text.contains("missing from path") || text.contains("parameter_data.required") {
            "path parameters must be `required: true` and match the {placeholders} of the path"
        } else if text.contains("media type encoding") {
            "remove `encoding` from its request body"
        } else if text.contains("content type") || text.contains("invalid schema for") {
            "progenitor supports JSON, form-urlencoded and octet-stream bodies; \
             mark other operations with `x-kaizala-multipart: true`"
        } else {
            "check its parameters, request body and responses against what progenitor supports"
        }
    }
}

/// The component schema generated as the hand-written `crate::secret::Secret`
/// (whose `Debug` never shows the value).
pub const SECRET_SCHEMA: &str = "Secret";

/// The component schema generated as the hand-written `crate::pin::Pin`
/// (sent as the recorded JSON number, `Debug` redacted).
pub const PIN_SCHEMA: &str = "Pin";

fn settings(spec: &OpenAPI) -> progenitor::GenerationSettings {
    let mut settings = progenitor::GenerationSettings::default();
    let has_secret = spec
        .components
        .as_ref()
        .is_some_and(|c| c.schemas.contains_key(SECRET_SCHEMA));
    if has_secret {
        settings.with_replacement(
            SECRET_SCHEMA,
            "crate::secret::Secret",
            [
                progenitor::TypeImpl::Display,
                progenitor::TypeImpl::FromStr,
                progenitor::TypeImpl::FromStringIrrefutable,
            ]
            .into_iter(),
        );
    }
    let has_pin = spec
        .components
        .as_ref()
        .is_some_and(|c| c.schemas.contains_key(PIN_SCHEMA));
    if has_pin {
        settings.with_replacement(
            PIN_SCHEMA,
            "crate::pin::Pin",
            [
                progenitor::TypeImpl::FromStr,
                progenitor::TypeImpl::FromStringIrrefutable,
            ]
            .into_iter(),
        );
    }
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type(quote!(crate::runtime::Runtime))
        .with_hooks(progenitor::HooksMode::Expected)
        .with_timeout(60);
    settings
}

fn try_generate(spec: &OpenAPI) -> Result<TokenStream, Failure> {
    install_quiet_hook();
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut generator = progenitor::Generator::new(&settings(spec));
        generator.generate_tokens(spec)
    }));
    QUIET.with(|q| q.set(false));
    match result {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(Failure::Error(e.to_string())),
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "(no message)".to_owned());
            Err(Failure::Panic(message))
        }
    }
}

/// A copy of the spec with only one operation (components kept).
fn only(spec: &OpenAPI, path: &str, method: &str) -> OpenAPI {
    let mut single = spec.clone();
    single.paths.paths.retain(|p, _| p == path);
    if let Some(openapiv3::ReferenceOr::Item(item)) = single.paths.paths.get_mut(path) {
        let slots = [
            ("get", &mut item.get),
            ("put", &mut item.put),
            ("post", &mut item.post),
            ("delete", &mut item.delete),
            ("options", &mut item.options),
            ("head", &mut item.head),
            ("patch", &mut item.patch),
            ("trace", &mut item.trace),
        ];
        for (name, slot) in slots {
            if name != method {
                *slot = None;
            }
        }
    }
    single
}

/// Generates the client. On failure, generates the component schemas and
/// then each operation on its own to name the culprits.
pub fn client_tokens(spec: &OpenAPI) -> Result<TokenStream, String> {
    let whole = match try_generate(spec) {
        Ok(tokens) => return Ok(tokens),
        Err(failure) => failure,
    };
    let mut culprits = Vec::new();
    let mut schemas_only = spec.clone();
    schemas_only.paths.paths.clear();
    if let Err(failure) = try_generate(&schemas_only) {
        culprits.push(format!(
            "components.schemas: {}\n    hint: check the component schemas (progenitor's type generator rejected them)",
            failure.describe()
        ));
    } else {
        for (path, item) in spec.paths.iter() {
            let Some(item) = item.as_item() else { continue };
            for (method, op) in item.iter() {
                if let Err(failure) = try_generate(&only(spec, path, method)) {
                    let id = op.operation_id.as_deref().unwrap_or("(no operationId)");
                    culprits.push(format!(
                        "paths.{path}.{method} ({id}): {}\n    hint: {}",
                        failure.describe(),
                        failure.hint()
                    ));
                }
            }
        }
    }
    if culprits.is_empty() {
        Err(format!(
            "progenitor failed on the whole spec, though every operation generates on its own \
             (two operations probably clash, e.g. the same request body type name):\n  {}\n    hint: {}",
            whole.describe(),
            whole.hint()
        ))
    } else {
        Err(format!(
            "progenitor cannot generate the client:\n  {}",
            culprits.join("\n  ")
        ))
    }
}

/// The crate the generated CLI calls (it is generated outside that crate).
const CLI_CLIENT_CRATE: &str = "kaizala_api";

/// Generates the `clap` command line of every operation (progenitor's CLI
/// generator, as oxide.rs's `cli/src/generated_cli.rs`), for `kaizala-cli`.
///
/// Two rewrites make it build outside `kaizala-api` and without `schemars`:
/// the hand-written types the client names `crate::secret::Secret` and
/// `crate::pin::Pin` are named through `kaizala_api`, and the
/// `schemars::JsonSchema` bound progenitor puts on output types is dropped
/// (the CLI prints JSON with serde; the library does not derive schemas).
pub fn cli_tokens(spec: &OpenAPI) -> Result<TokenStream, String> {
    install_quiet_hook();
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut generator = progenitor::Generator::new(&settings(spec));
        generator.cli(spec, CLI_CLIENT_CRATE)
    }));
    QUIET.with(|q| q.set(false));
    let tokens = match result {
        Ok(Ok(tokens)) => tokens,
        Ok(Err(e)) => return Err(format!("progenitor cannot generate the CLI: {e}")),
        Err(_) => {
            return Err(
                "progenitor panicked generating the CLI (the client generated, so this is an \
                 operation shape only its CLI generator rejects)"
                    .to_owned(),
            );
        }
    };
    cli_rewrite(&tokens.to_string())
}

/// How the generated CLI reads a `--json-body` file, and what it reads it with
/// instead: `kaizala-cli`'s `body::read` (`-` for stdin, `@file`, a size bound).
const CLI_READ_BODY: (&str, &str) = (
    "std :: fs :: read_to_string (value)",
    "crate :: body :: read (value)",
);
/// progenitor's CLI hands a failed call to two hooks generic over the error
/// body (`Error<T>`); every `send` of our client returns the one error type
/// (see [`one_error_type`]), so the hooks take it as it is.
const CLI_ERROR_HOOKS: [(&str, &str); 2] = [
    (
        "fn error < T > (& self , value : & Error < T >) where T : serde :: Serialize + std :: fmt :: Debug ;",
        "fn error (& self , value : & Error) ;",
    ),
    (
        "fn list_end_error < T > (& self , value : & Error < T >) where T : serde :: Serialize + std :: fmt :: Debug ;",
        "fn list_end_error (& self , value : & Error) ;",
    ),
];

/// The rewrites of [`cli_tokens`], on token text.
fn cli_rewrite(text: &str) -> Result<TokenStream, String> {
    const SCHEMA_BOUND: &str = "schemars :: JsonSchema + ";
    let text = text
        .replace(SCHEMA_BOUND, "")
        .replace("crate :: secret :: Secret", "kaizala_api :: Secret")
        .replace("crate :: pin :: Pin", "kaizala_api :: Pin");
    let stale = |what: &str| {
        Err(format!(
            "progenitor's CLI {what} in a shape other than xtask/src/codegen.rs::cli_rewrite \
             expects: update it for the new progenitor"
        ))
    };
    if text.contains("schemars") || text.contains("crate ::") {
        return stale("names `schemars` or `crate::` paths");
    }
    let json_bodies = text.matches("\"json-body\")").count();
    if json_bodies > 0 && text.matches(CLI_READ_BODY.0).count() == 0 {
        return stale("reads `--json-body`");
    }
    let mut text = text.replace(CLI_READ_BODY.0, CLI_READ_BODY.1);
    for (hook, one_error) in CLI_ERROR_HOOKS {
        text = text.replace(hook, one_error);
    }
    if text.contains("Error < T >") {
        return stale("declares its error hooks");
    }
    text.parse::<TokenStream>()
        .map_err(|e| format!("the CLI rewrite broke the generated code ({e}); this is a bug"))
}

/// How progenitor decodes a response body, as token text.
const DECODE: &str = "ResponseValue :: from_response (response) . await";
/// How it decodes an error body into `Error::ErrorResponse`.
const DECODE_ERROR: &str =
    "Error :: ErrorResponse (ResponseValue :: from_response (response) . await ?)";

/// Routes every response decoding of the generated client through
/// `kaizala_api::redact`, so that errors which quote a body (a body that did
/// not decode, an error body) never show a secret: `decoded(…)` around each
/// `from_response`, and `error_body(…)` around each decoded error body.
pub fn redact_payloads(tokens: &TokenStream) -> Result<TokenStream, String> {
    let text = tokens.to_string();
    let decodings = text.matches("from_response (").count();
    if text.matches(DECODE).count() != decodings {
        return Err(format!(
            "progenitor decodes responses in a shape other than `{DECODE}`: update \
             xtask/src/codegen.rs::redact_payloads for the new progenitor, or errors of the \
             generated client will quote secrets"
        ));
    }
    const MARK: &str = "__KAIZALA_DECODE_ERROR__";
    let text = text
        .replace(DECODE_ERROR, MARK)
        .replace(DECODE, &format!("crate :: redact :: decoded ({DECODE})"))
        .replace(
            MARK,
            &format!(
                "Error :: ErrorResponse (crate :: redact :: error_body (crate :: redact :: decoded ({DECODE}) ?))"
            ),
        );
    text.parse::<TokenStream>()
        .map_err(|e| format!("the redacting rewrite broke the generated code ({e}); this is a bug"))
}

/// Drops the `api-version` header progenitor writes into every request
/// (Kaizala has no API versioning header; the runtime's request hook
/// removed it on every call, after progenitor had allocated a header map
/// for it): the `append` goes, and the header map's capacity shrinks by
/// one, so an operation without header parameters allocates no map.
pub fn no_api_version_header(tokens: &TokenStream) -> Result<TokenStream, String> {
    use syn::visit_mut::VisitMut;

    struct Rewrite {
        removed: usize,
        shrunk: usize,
    }

    /// `header_map.append(HeaderName::from_static("api-version"), …);`
    fn is_api_version_append(stmt: &syn::Stmt) -> bool {
        let syn::Stmt::Expr(syn::Expr::MethodCall(call), Some(_)) = stmt else {
            return false;
        };
        call.method == "append"
            && call.args.first().is_some_and(|name| {
                quote::ToTokens::to_token_stream(name)
                    .to_string()
                    .contains("\"api-version\"")
            })
    }

    impl VisitMut for Rewrite {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            let before = block.stmts.len();
            block.stmts.retain(|stmt| !is_api_version_append(stmt));
            let removed = before - block.stmts.len();
            if removed > 0 {
                self.removed += removed;
                // A map nothing appends to any more needs no `mut`.
                let still_appended = block.stmts.iter().any(|stmt| {
                    quote::ToTokens::to_token_stream(stmt)
                        .to_string()
                        .contains("header_map . append")
                });
                for stmt in &mut block.stmts {
                    // `let mut header_map = HeaderMap::with_capacity(N);`
                    let syn::Stmt::Local(local) = stmt else {
                        continue;
                    };
                    let is_map = local.init.as_ref().is_some_and(|init| {
                        matches!(&*init.expr, syn::Expr::Call(call)
                            if quote::ToTokens::to_token_stream(&call.func)
                                .to_string()
                                .ends_with("with_capacity"))
                    });
                    if !is_map {
                        continue;
                    }
                    if !still_appended && let syn::Pat::Ident(binding) = &mut local.pat {
                        binding.mutability = None;
                    }
                    let Some(init) = &mut local.init else {
                        continue;
                    };
                    let syn::Expr::Call(call) = &mut *init.expr else {
                        continue;
                    };
                    if let Some(syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(n),
                        ..
                    })) = call.args.first_mut()
                        && let Ok(value) = n.base10_parse::<usize>()
                    {
                        let fewer = value.saturating_sub(removed);
                        *n = syn::LitInt::new(&format!("{fewer}usize"), n.span());
                        self.shrunk += 1;
                    }
                }
            }
            syn::visit_mut::visit_block_mut(self, block);
        }
    }

    let mut file = syn::parse2::<syn::File>(tokens.clone()).map_err(|e| {
        format!("the generated code does not parse as Rust ({e}); this is a bug in the generator")
    })?;
    let mut rewrite = Rewrite {
        removed: 0,
        shrunk: 0,
    };
    rewrite.visit_file_mut(&mut file);
    let text = quote::ToTokens::to_token_stream(&file).to_string();
    if rewrite.removed == 0 || rewrite.shrunk != rewrite.removed || text.contains("api-version") {
        return Err(format!(
            "progenitor's api-version header was not found where xtask expects it (removed {}, \
             header maps resized {}): update xtask/src/codegen.rs::no_api_version_header for \
             the new progenitor",
            rewrite.removed, rewrite.shrunk
        ));
    }
    Ok(quote::ToTokens::into_token_stream(file))
}

/// How progenitor writes the `Accept` header of every operation: a value
/// validated byte by byte on every call (`from_static` outside a `const`).
const ACCEPT_JSON: &str =
    ":: reqwest :: header :: HeaderValue :: from_static (\"application/json\" ,)";

/// Two rewrites of the hot path every call takes, after
/// [`redact_payloads`]: the `Accept` value becomes the runtime's constant
/// (`crate::runtime::APPLICATION_JSON`, built at compile time), and each
/// response is decoded by `crate::runtime::body::decode`, which moves the
/// response's headers into the `ResponseValue` where progenitor's
/// `from_response` copies them. The decoding is otherwise the same (the body
/// read whole, then `serde_json`, the same error variants).
pub fn lean_requests(tokens: &TokenStream) -> Result<TokenStream, String> {
    let text = tokens.to_string();
    let accepts = text.matches(ACCEPT_JSON).count();
    let decodings = text.matches(DECODE).count();
    if accepts == 0 || decodings == 0 || decodings != text.matches("from_response (").count() {
        return Err(format!(
            "progenitor's requests are not in the shape xtask expects (`{ACCEPT_JSON}` {accepts} \
             times, `{DECODE}` {decodings} times): update xtask/src/codegen.rs::lean_requests \
             for the new progenitor"
        ));
    }
    let text = text
        .replace(ACCEPT_JSON, "crate :: runtime :: APPLICATION_JSON")
        .replace(
            DECODE,
            "crate :: runtime :: body :: decode (response) . await",
        );
    text.parse::<TokenStream>().map_err(|e| {
        format!("the lean-request rewrite broke the generated code ({e}); this is a bug")
    })
}

/// Builds each operation's URL from the client's parsed base URL instead of
/// formatting the base as text and parsing it all again (the host's parse is
/// the costly part of a URL): progenitor's
/// `let url = format!("{}/groups/{}", client.baseurl, encode_path(..));`
/// becomes
/// `let url = crate::runtime::operation_url(client, format_args!("/groups/{}", encode_path(..))).map_err(Error::InvalidRequest)?;`
/// which gives the same URL (`runtime::operation_url` says when it falls
/// back to the text).
pub fn parsed_base_urls(tokens: &TokenStream) -> Result<TokenStream, String> {
    use syn::punctuated::Punctuated;
    use syn::visit_mut::VisitMut;

    struct Rewrite {
        rewritten: usize,
        odd: Vec<String>,
    }

    impl Rewrite {
        /// The new initialiser for `format!(#template, client.baseurl, #args)`.
        fn url_expr(&mut self, mac: &syn::Macro) -> Option<syn::Expr> {
            let args = mac
                .parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
                .ok()?;
            let mut args = args.into_iter();
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(template),
                ..
            }) = args.next()?
            else {
                return None;
            };
            let path = template.value().strip_prefix("{}")?.to_owned();
            let base = args.next()?;
            if quote::ToTokens::to_token_stream(&base).to_string() != "client . baseurl" {
                return None;
            }
            let rest: Vec<syn::Expr> = args.collect();
            let path = syn::LitStr::new(&path, template.span());
            let args = if rest.is_empty() {
                quote::quote!(#path)
            } else {
                quote::quote!(#path, #(#rest),*)
            };
            Some(syn::parse_quote! {
                crate::runtime::operation_url(client, format_args!(#args))
                    .map_err(Error::InvalidRequest)?
            })
        }
    }

    impl VisitMut for Rewrite {
        fn visit_local_mut(&mut self, local: &mut syn::Local) {
            let is_url = matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "url");
            if let (true, Some(init)) = (is_url, &mut local.init)
                && let syn::Expr::Macro(m) = &*init.expr
                && m.mac.path.is_ident("format")
            {
                match self.url_expr(&m.mac) {
                    Some(expr) => {
                        *init.expr = expr;
                        self.rewritten += 1;
                    }
                    None => self
                        .odd
                        .push(quote::ToTokens::to_token_stream(&m.mac).to_string()),
                }
            }
            syn::visit_mut::visit_local_mut(self, local);
        }
    }

    let mut file = syn::parse2::<syn::File>(tokens.clone()).map_err(|e| {
        format!("the generated code does not parse as Rust ({e}); this is a bug in the generator")
    })?;
    let mut rewrite = Rewrite {
        rewritten: 0,
        odd: Vec::new(),
    };
    rewrite.visit_file_mut(&mut file);
    let text = quote::ToTokens::to_token_stream(&file).to_string();
    if rewrite.rewritten == 0 || !rewrite.odd.is_empty() || text.contains("client . baseurl ,") {
        return Err(format!(
            "progenitor builds operation URLs in a shape xtask does not know ({} rewritten; not \
             understood: {}): update xtask/src/codegen.rs::parsed_base_urls for the new progenitor",
            rewrite.rewritten,
            rewrite.odd.join("; ")
        ));
    }
    Ok(quote::ToTokens::into_token_stream(file))
}

/// Two rewrites of the request chain every operation builds, after
/// [`no_api_version_header`]: an optional query parameter (a builder field
/// `Result<Option<_>, String>`) goes through
/// `crate::runtime::optional_query`, which adds nothing for `None` where
/// reqwest's `query` opened and closed the URL's query for nothing; and a
/// header map nothing appends to (`with_capacity(0)`) is neither built nor
/// merged into the request.
pub fn lean_request_chains(tokens: &TokenStream) -> Result<TokenStream, String> {
    use std::collections::{HashMap, HashSet};
    use syn::visit::Visit;
    use syn::visit_mut::VisitMut;

    /// Per builder struct, its fields of type `Result<Option<_>, String>`.
    #[derive(Default)]
    struct Optionals(HashMap<String, HashSet<String>>);

    impl<'ast> Visit<'ast> for Optionals {
        fn visit_item_struct(&mut self, item: &'ast syn::ItemStruct) {
            let optional: HashSet<String> = item
                .fields
                .iter()
                .filter(|f| {
                    let ty = quote::ToTokens::to_token_stream(&f.ty).to_string();
                    ty.starts_with("Result < Option <")
                        || ty.starts_with(
                            ":: std :: result :: Result < :: std :: option :: Option <",
                        )
                })
                .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
                .collect();
            self.0.insert(item.ident.to_string(), optional);
        }
    }

    struct Rewrite<'o> {
        optionals: &'o Optionals,
        /// The optional fields of the builder whose impl is being visited.
        current: Option<&'o HashSet<String>>,
        queries: usize,
        header_maps: usize,
        /// Blocks whose empty header map was not merged exactly once.
        odd: usize,
    }

    /// `&progenitor_client::QueryParam::new("name", &field)` → (name, field).
    fn query_param(arg: &syn::Expr) -> Option<(syn::Expr, syn::Ident)> {
        let syn::Expr::Reference(reference) = arg else {
            return None;
        };
        let syn::Expr::Call(call) = &*reference.expr else {
            return None;
        };
        if !quote::ToTokens::to_token_stream(&call.func)
            .to_string()
            .ends_with("QueryParam :: new")
            || call.args.len() != 2
        {
            return None;
        }
        let name = call.args[0].clone();
        let syn::Expr::Reference(value) = &call.args[1] else {
            return None;
        };
        let syn::Expr::Path(path) = &*value.expr else {
            return None;
        };
        Some((name, path.path.get_ident()?.clone()))
    }

    /// `let header_map = …::with_capacity(0usize);`
    fn is_empty_header_map(stmt: &syn::Stmt) -> bool {
        let syn::Stmt::Local(local) = stmt else {
            return false;
        };
        matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "header_map")
            && local.init.as_ref().is_some_and(|init| {
                quote::ToTokens::to_token_stream(&init.expr)
                    .to_string()
                    .ends_with("with_capacity (0usize)")
            })
    }

    impl VisitMut for Rewrite<'_> {
        fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
            let name = match &*item.self_ty {
                syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
                _ => None,
            };
            let outer = self.current;
            self.current = name.and_then(|n| self.optionals.0.get(&n));
            syn::visit_mut::visit_item_impl_mut(self, item);
            self.current = outer;
        }

        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            let before = block.stmts.len();
            block.stmts.retain(|stmt| !is_empty_header_map(stmt));
            let dropped = before - block.stmts.len();
            self.header_maps += dropped;
            if dropped > 0 {
                // The `.headers(header_map)` of this block's request chain.
                struct Unmerge(usize);
                impl VisitMut for Unmerge {
                    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
                        syn::visit_mut::visit_expr_mut(self, expr);
                        if let syn::Expr::MethodCall(call) = expr
                            && call.method == "headers"
                            && call.args.len() == 1
                            && quote::ToTokens::to_token_stream(&call.args[0]).to_string()
                                == "header_map"
                        {
                            *expr = (*call.receiver).clone();
                            self.0 += 1;
                        }
                    }
                }
                let mut unmerge = Unmerge(0);
                for stmt in &mut block.stmts {
                    unmerge.visit_stmt_mut(stmt);
                }
                // Each dropped map was merged once, where progenitor merges it.
                if unmerge.0 != dropped {
                    self.odd += 1;
                }
            }
            syn::visit_mut::visit_block_mut(self, block);
        }

        fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
            syn::visit_mut::visit_expr_mut(self, expr);
            let syn::Expr::MethodCall(call) = expr else {
                return;
            };
            if call.method != "query" || call.args.len() != 1 {
                return;
            }
            let Some((name, field)) = query_param(&call.args[0]) else {
                return;
            };
            if !self.current.is_some_and(|o| o.contains(&field.to_string())) {
                return;
            }
            let receiver = &call.receiver;
            *expr = syn::parse_quote! {
                crate::runtime::optional_query(#receiver, #name, &#field)
            };
            self.queries += 1;
        }
    }

    let mut file = syn::parse2::<syn::File>(tokens.clone()).map_err(|e| {
        format!("the generated code does not parse as Rust ({e}); this is a bug in the generator")
    })?;
    let mut optionals = Optionals::default();
    optionals.visit_file(&file);
    let mut rewrite = Rewrite {
        optionals: &optionals,
        current: None,
        queries: 0,
        header_maps: 0,
        odd: 0,
    };
    rewrite.visit_file_mut(&mut file);
    // A spec may have no optional query parameter and no operation without
    // headers; what must hold is that every map still built is merged.
    let text = quote::ToTokens::to_token_stream(&file).to_string();
    let merged = text.matches(". headers (header_map)").count();
    let bound =
        text.matches("let header_map =").count() + text.matches("let mut header_map =").count();
    if rewrite.odd > 0 || merged != bound {
        return Err(format!(
            "progenitor's request chains are not in the shape xtask expects ({} optional \
             queries and {} empty header maps rewritten, {} not merged once; {merged} header \
             maps merged, {bound} bound): update xtask/src/codegen.rs::lean_request_chains \
             for the new progenitor",
            rewrite.queries, rewrite.header_maps, rewrite.odd
        ));
    }
    Ok(quote::ToTokens::into_token_stream(file))
}

/// Scopes what every operation's `send` holds only until its answer arrives,
/// after [`lean_request_chains`]: the request (and the body and parameters
/// it was built from) ends before the attempt is awaited, and the `result`
/// and `response` the hooks borrow end before the body is decoded. A local
/// that was ever borrowed keeps its place in an `async fn`'s future until
/// its scope ends, so progenitor's flat sequence kept a 264-byte request,
/// the result and the response (136 bytes each) beside the decoding: 1 KiB
/// and more per call, past the allocator's fast path when the caller boxes
/// or spawns the call. progenitor's
///
/// ```text
/// let Self { client, .. } = self;
/// …arguments checked, url, `let mut request = ….build()?;`
/// let info = OperationInfo { .. };
/// client.pre(&mut request, &info).await?;
/// let result = client.exec(request, &info).await;
/// client.post(&result, &info).await?;
/// let response = result?;
/// match response.status().as_u16() { .. }
/// ```
///
/// becomes the same statements in the same order of effects, nested:
///
/// ```text
/// let Self { client, .. } = self;
/// let info = OperationInfo { .. };
/// let (status, response) = {
///     let result = { …; client.pre(&mut request, &info).await?; client.exec(request, &info) }.await;
///     client.post(&result, &info).await?;
///     let response = result?;
///     (response.status().as_u16(), response)
/// };
/// match status { .. }
/// ```
pub fn short_lived_requests(tokens: &TokenStream) -> Result<TokenStream, String> {
    use syn::visit_mut::VisitMut;

    const PRE: &str = "client . pre (& mut request , & info) . await ? ;";
    const EXEC: &str = "let result = client . exec (request , & info) . await ;";
    const POST: &str = "client . post (& result , & info) . await ? ;";
    const RESPONSE: &str = "let response = result ? ;";
    const STATUS: &str = "response . status () . as_u16 ()";

    struct Rewrite {
        rewritten: usize,
        odd: Vec<String>,
    }

    fn text(tokens: &impl quote::ToTokens) -> String {
        quote::ToTokens::to_token_stream(tokens).to_string()
    }

    /// The nested body, or `None` for a body of another shape.
    fn nested(block: &syn::Block) -> Option<syn::Block> {
        let stmts = &block.stmts;
        let n = stmts.len();
        let destructure = stmts.first()?;
        let is_destructure = matches!(destructure, syn::Stmt::Local(local)
            if matches!(&local.pat, syn::Pat::Struct(p) if p.path.is_ident("Self")));
        let Some(syn::Stmt::Expr(syn::Expr::Match(answer), None)) = stmts.last() else {
            return None;
        };
        if !is_destructure
            || n < 6
            || text(&answer.expr) != STATUS
            || text(&stmts[n - 5]) != PRE
            || text(&stmts[n - 4]) != EXEC
            || text(&stmts[n - 3]) != POST
            || text(&stmts[n - 2]) != RESPONSE
        {
            return None;
        }
        let is_info = |stmt: &syn::Stmt| {
            matches!(stmt, syn::Stmt::Local(local)
            if matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "info")
                && local.init.as_ref().is_some_and(|init| {
                    matches!(&*init.expr, syn::Expr::Struct(s) if s.path.is_ident("OperationInfo"))
                }))
        };
        let before = &stmts[1..n - 5];
        let infos: Vec<&syn::Stmt> = before.iter().filter(|s| is_info(s)).collect();
        let [info] = infos[..] else {
            return None;
        };
        let building: Vec<&syn::Stmt> = before.iter().filter(|s| !is_info(s)).collect();
        let mut answer = answer.clone();
        *answer.expr = syn::parse_quote!(status);
        Some(syn::parse_quote! {{
            #destructure
            #info
            let (status, response) = {
                let result = {
                    #(#building)*
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            #answer
        }})
    }

    impl VisitMut for Rewrite {
        fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
            if f.sig.ident == "send" && f.sig.asyncness.is_some() {
                match nested(&f.block) {
                    Some(block) => {
                        f.block = block;
                        self.rewritten += 1;
                    }
                    None => self.odd.push(format!(
                        "a `send` of another shape: {}",
                        text(&f.block).chars().take(200).collect::<String>()
                    )),
                }
            }
            syn::visit_mut::visit_impl_item_fn_mut(self, f);
        }
    }

    let mut file = syn::parse2::<syn::File>(tokens.clone()).map_err(|e| {
        format!("the generated code does not parse as Rust ({e}); this is a bug in the generator")
    })?;
    let mut rewrite = Rewrite {
        rewritten: 0,
        odd: Vec::new(),
    };
    rewrite.visit_file_mut(&mut file);
    if rewrite.rewritten == 0 || !rewrite.odd.is_empty() {
        return Err(format!(
            "progenitor's `send` bodies are not in the shape xtask expects ({} rewritten; {}): \
             update xtask/src/codegen.rs::short_lived_requests for the new progenitor",
            rewrite.rewritten,
            rewrite.odd.join("; ")
        ));
    }
    Ok(quote::ToTokens::into_token_stream(file))
}

/// Makes every operation's `send` return the one error type,
/// `crate::Error`: progenitor's own `send` becomes the private
/// `send_generated`, and a `send` with its docs converts what it ends with
/// through `crate::error::from_generated` (the one conversion path, which
/// keeps the service's code and message for any status). A caller's `?`
/// into `Box<dyn Error>` then prints the same sentence as every helper.
pub fn one_error_type(tokens: &TokenStream) -> Result<TokenStream, String> {
    use syn::visit_mut::VisitMut;

    struct Rewrite {
        sends: usize,
        odd: Vec<String>,
    }

    impl VisitMut for Rewrite {
        fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
            let mut added = Vec::new();
            for member in &mut item.items {
                let syn::ImplItem::Fn(f) = member else {
                    continue;
                };
                if f.sig.ident != "send" {
                    continue;
                }
                let syn::ReturnType::Type(_, ty) = &f.sig.output else {
                    self.odd.push("a `send` without a return type".into());
                    continue;
                };
                let Some(value) = ok_type(ty) else {
                    self.odd.push(format!(
                        "a `send` returning `{}`",
                        quote::ToTokens::to_token_stream(ty)
                    ));
                    continue;
                };
                let docs: Vec<_> = f
                    .attrs
                    .iter()
                    .filter(|a| a.path().is_ident("doc"))
                    .cloned()
                    .collect();
                f.sig.ident = syn::Ident::new("send_generated", f.sig.ident.span());
                f.vis = syn::Visibility::Inherited;
                f.attrs.retain(|a| !a.path().is_ident("doc"));
                let wrapper: syn::ImplItemFn = syn::parse_quote! {
                    #(#docs)*
                    pub async fn send(self) -> Result<#value, crate::Error> {
                        crate::error::from_generated(self.send_generated().await).await
                    }
                };
                added.push(syn::ImplItem::Fn(wrapper));
                self.sends += 1;
            }
            item.items.extend(added);
            syn::visit_mut::visit_item_impl_mut(self, item);
        }
    }

    /// `T` of `Result<T, E>`.
    fn ok_type(ty: &syn::Type) -> Option<syn::Type> {
        let syn::Type::Path(path) = ty else {
            return None;
        };
        let last = path.path.segments.last()?;
        if last.ident != "Result" {
            return None;
        }
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return None;
        };
        match args.args.first()? {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        }
    }

    let mut file = syn::parse2::<syn::File>(tokens.clone()).map_err(|e| {
        format!("the generated code does not parse as Rust ({e}); this is a bug in the generator")
    })?;
    let mut rewrite = Rewrite {
        sends: 0,
        odd: Vec::new(),
    };
    rewrite.visit_file_mut(&mut file);
    if !rewrite.odd.is_empty() || rewrite.sends == 0 {
        return Err(format!(
            "progenitor generated {} (found {} `send` methods): update \
             xtask/src/codegen.rs::one_error_type for the new progenitor, or the generated \
             operations will return progenitor's error instead of kaizala_api::Error",
            rewrite.odd.join(", "),
            rewrite.sends
        ));
    }
    Ok(quote::ToTokens::into_token_stream(file))
}

/// Formats tokens with prettyplease (stable across toolchains, unlike rustfmt).
pub fn format(tokens: &TokenStream, header: &str) -> Result<String, String> {
    let file = syn::parse_file(&tokens.to_string()).map_err(|e| {
        format!("the generated code does not parse as Rust ({e}); this is a bug in the generator")
    })?;
    // progenitor's usage sketches are ```ignore doctests, which `cargo test`
    // lists as ignored tests; they are illustrations, so mark them as text.
    let code = prettyplease::unparse(&file).replace("```ignore", "```text");
    Ok(format!("{header}\n\n{code}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_decoding_goes_through_redact() {
        let tokens: TokenStream = quote! {
            match status {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        };
        let text = redact_payloads(&tokens)
            .map(|t| t.to_string())
            .unwrap_or_default();
        assert!(
            text.contains("200u16 => crate :: redact :: decoded (ResponseValue :: from_response (response) . await)"),
            "{text}"
        );
        assert!(
            text.contains("Error :: ErrorResponse (crate :: redact :: error_body (crate :: redact :: decoded (ResponseValue :: from_response (response) . await) ?))"),
            "{text}"
        );
        let odd: TokenStream = quote!(ResponseValue::from_response(other).await);
        assert!(redact_payloads(&odd).is_err());
    }

    #[test]
    fn requests_use_the_constant_accept_and_the_moving_decoder() {
        let tokens: TokenStream = quote! {
            let request = client.client.get(url)
                .header(::reqwest::header::ACCEPT, ::reqwest::header::HeaderValue::from_static("application/json",),)
                .build()?;
            match status {
                200u16 => crate::redact::decoded(ResponseValue::from_response(response).await),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        };
        let text = lean_requests(&tokens)
            .map(|t| t.to_string())
            .unwrap_or_default();
        assert!(
            text.contains("crate :: runtime :: APPLICATION_JSON"),
            "{text}"
        );
        assert!(
            text.contains(
                "crate :: redact :: decoded (crate :: runtime :: body :: decode (response) . await)"
            ),
            "{text}"
        );
        assert!(
            !text.contains("from_static") && !text.contains("from_response"),
            "{text}"
        );
        let other_decoding: TokenStream = quote! {
            let x = HeaderValue::from_static("application/json");
            ResponseValue::from_response(response).await;
            ResponseValue::from_response(other).await
        };
        assert!(lean_requests(&other_decoding).is_err());
        let nothing: TokenStream = quote!(
            fn f() {}
        );
        assert!(lean_requests(&nothing).is_err());
    }

    #[test]
    fn operation_urls_are_built_from_the_parsed_base() {
        let tokens: TokenStream = quote! {
            impl<'a> X<'a> {
                async fn send(self) -> Result<(), Error<()>> {
                    let url = format!("{}/groups", client.baseurl,);
                    let url = format!(
                        "{}/groups/{}/members", client.baseurl, encode_path(&group_id.to_string()),
                    );
                    let other = format!("{}", 1);
                }
            }
        };
        let text = parsed_base_urls(&tokens)
            .map(|t| t.to_string())
            .unwrap_or_default();
        assert!(
            text.contains("let url = crate :: runtime :: operation_url (client , format_args ! (\"/groups\")) . map_err (Error :: InvalidRequest) ? ;"),
            "{text}"
        );
        assert!(
            text.contains("let url = crate :: runtime :: operation_url (client , format_args ! (\"/groups/{}/members\" , encode_path (& group_id . to_string ()))) . map_err (Error :: InvalidRequest) ? ;"),
            "{text}"
        );
        assert!(
            text.contains("let other = format ! (\"{}\" , 1) ;"),
            "{text}"
        );
        let odd: TokenStream = quote! { fn f() { let url = format!("{}/x", other.base,); } };
        assert!(parsed_base_urls(&odd).is_err());
        let none: TokenStream = quote! { fn f() {} };
        assert!(parsed_base_urls(&none).is_err());
    }

    #[test]
    fn optional_queries_and_empty_header_maps_leave_the_chain() {
        let tokens: TokenStream = quote! {
            pub struct ListGroups<'a> {
                client: &'a super::Client,
                fetch_all_groups: Result<Option<bool>, String>,
                action_type: Result<types::ActionType, String>,
            }
            impl<'a> ListGroups<'a> {
                async fn send(self) -> Result<(), Error<()>> {
                    let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
                    let mut request = client.client.get(url)
                        .query(&progenitor_client::QueryParam::new("fetchAllGroups", &fetch_all_groups))
                        .query(&progenitor_client::QueryParam::new("actionType", &action_type))
                        .headers(header_map)
                        .build()?;
                }
            }
            pub struct Other<'a> {
                fetch_all_groups: Result<types::Required, String>,
            }
            impl<'a> Other<'a> {
                async fn send(self) -> Result<(), Error<()>> {
                    let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                    header_map.append("x", value);
                    let mut request = client.client.get(url)
                        .query(&progenitor_client::QueryParam::new("fetchAllGroups", &fetch_all_groups))
                        .headers(header_map)
                        .build()?;
                }
            }
        };
        let text = lean_request_chains(&tokens)
            .map(|t| t.to_string())
            .unwrap_or_default();
        assert!(
            text.contains("let mut request = crate :: runtime :: optional_query (client . client . get (url) , \"fetchAllGroups\" , & fetch_all_groups) . query (& progenitor_client :: QueryParam :: new (\"actionType\" , & action_type)) . build () ? ;"),
            "{text}"
        );
        // A required parameter of another builder with the same name, and a
        // header map something appends to, stay.
        assert!(
            text.contains("let mut request = client . client . get (url) . query (& progenitor_client :: QueryParam :: new (\"fetchAllGroups\" , & fetch_all_groups)) . headers (header_map) . build () ? ;"),
            "{text}"
        );
        assert_eq!(text.matches("with_capacity (0usize)").count(), 0, "{text}");
        // Nothing to rewrite is no error; a map merged in another shape is.
        let none: TokenStream = quote! { fn f() {} };
        assert!(lean_request_chains(&none).is_ok());
        let odd: TokenStream = quote! {
            fn f() {
                let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
                let request = builder.headers_from(header_map).build()?;
            }
        };
        assert!(lean_request_chains(&odd).is_err());
    }

    #[test]
    fn requests_end_before_the_answer_is_decoded() {
        let tokens: TokenStream = quote! {
            impl<'a> GetGroup<'a> {
                pub async fn send(self) -> Result<ResponseValue<types::Group>, Error<()>> {
                    let Self { client, group_id } = self;
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(client, format_args!("/groups/{}", encode_path(&group_id))).map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client.client.get(url).build()?;
                    let info = OperationInfo { operation_id: "get_group" };
                    client.pre(&mut request, &info).await?;
                    let result = client.exec(request, &info).await;
                    client.post(&result, &info).await?;
                    let response = result?;
                    match response.status().as_u16() {
                        200u16 => crate::redact::decoded(crate::runtime::body::decode(response).await),
                        _ => Err(Error::UnexpectedResponse(response)),
                    }
                }
            }
        };
        let rewritten = short_lived_requests(&tokens).expect("the shape progenitor generates");
        let expected: syn::ImplItemFn = syn::parse_quote! {
            pub async fn send(self) -> Result<ResponseValue<types::Group>, Error<()>> {
                let Self { client, group_id } = self;
                let info = OperationInfo { operation_id: "get_group" };
                let (status, response) = {
                    let result = {
                        let group_id = group_id.map_err(Error::InvalidRequest)?;
                        let url = crate::runtime::operation_url(client, format_args!("/groups/{}", encode_path(&group_id))).map_err(Error::InvalidRequest)?;
                        #[allow(unused_mut)]
                        let mut request = client.client.get(url).build()?;
                        client.pre(&mut request, &info).await?;
                        client.exec(request, &info)
                    }
                    .await;
                    client.post(&result, &info).await?;
                    let response = result?;
                    (response.status().as_u16(), response)
                };
                match status {
                    200u16 => crate::redact::decoded(crate::runtime::body::decode(response).await),
                    _ => Err(Error::UnexpectedResponse(response)),
                }
            }
        };
        let item: syn::ItemImpl = syn::parse2(rewritten).expect("an impl");
        let [syn::ImplItem::Fn(send)] = &item.items[..] else {
            panic!("one fn");
        };
        let text = |f: &syn::ImplItemFn| quote::ToTokens::to_token_stream(f).to_string();
        assert_eq!(text(send), text(&expected));
        // A `send` of another shape (no `post` hook here) is refused, as is
        // a client without one.
        let odd: TokenStream = quote! {
            impl X {
                pub async fn send(self) -> Result<(), Error<()>> {
                    let Self { client } = self;
                    let mut request = client.client.get(url).build()?;
                    let info = OperationInfo { operation_id: "x" };
                    client.pre(&mut request, &info).await?;
                    let result = client.exec(request, &info).await;
                    let response = result?;
                    match response.status().as_u16() { _ => Ok(()) }
                }
            }
        };
        assert!(short_lived_requests(&odd).is_err());
        let none: TokenStream = quote!(impl X { fn other(self) {} });
        assert!(short_lived_requests(&none).is_err());
    }

    #[test]
    fn cli_drops_schema_bounds_and_names_the_client_crate() {
        let tokens = quote! {
            fn success_item<T>(&self, value: &ResponseValue<T>)
            where T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
            fn key(v: crate::secret::Secret, p: crate::pin::Pin) {}
        };
        let text = cli_rewrite(&tokens.to_string())
            .map(|t| t.to_string())
            .unwrap_or_default();
        assert!(
            text.contains("T : serde :: Serialize + std :: fmt :: Debug"),
            "{text}"
        );
        assert!(
            text.contains("v : kaizala_api :: Secret , p : kaizala_api :: Pin"),
            "{text}"
        );
        let odd = quote!(
            fn f()
            where
                T: ::schemars::JsonSchema,
            {
            }
        );
        assert!(cli_rewrite(&odd.to_string()).is_err());
        let call = quote! {
            let body_txt = std::fs::read_to_string(value)?;
            fn error<T>(&self, value: &Error<T>)
            where
                T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
            fn list_end_error<T>(&self, value: &Error<T>)
            where
                T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
        };
        let text = cli_rewrite(&call.to_string())
            .map(|t| t.to_string())
            .unwrap_or_default();
        assert!(text.contains("crate :: body :: read (value)"), "{text}");
        assert!(
            text.contains("fn error (& self , value : & Error) ;"),
            "{text}"
        );
        assert!(
            text.contains("fn list_end_error (& self , value : & Error) ;"),
            "{text}"
        );
        let other_hook = quote! { fn error<T>(&self, value: &Error<T>) where T: Clone; };
        assert!(cli_rewrite(&other_hook.to_string()).is_err());
    }

    #[test]
    fn the_api_version_header_is_not_generated() {
        let tokens: TokenStream = quote::quote! {
            impl<'a> A<'a> {
                pub async fn send(self) -> Result<(), Error<()>> {
                    let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
                    header_map.append(
                        ::reqwest::header::HeaderName::from_static("api-version"),
                        ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                    );
                    header_map.append("refreshToken", refresh_token.to_string().try_into()?);
                    Ok(())
                }
            }
        };
        let text = no_api_version_header(&tokens).unwrap().to_string();
        assert!(!text.contains("api-version"), "{text}");
        assert!(text.contains("with_capacity (1usize)"), "{text}");
        assert!(text.contains("\"refreshToken\""), "{text}");
        let alone: TokenStream = quote::quote! {
            impl<'a> B<'a> {
                pub async fn send(self) -> Result<(), Error<()>> {
                    let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                    header_map.append(
                        ::reqwest::header::HeaderName::from_static("api-version"),
                        ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                    );
                    #[allow(unused_mut)]
                    let mut request = client.client.get(url).headers(header_map).build()?;
                    Ok(())
                }
            }
        };
        let text = no_api_version_header(&alone).unwrap().to_string();
        assert!(
            text.contains("let header_map"),
            "no `mut` left on an empty map: {text}"
        );
        assert!(
            text.contains("let mut request"),
            "other bindings keep theirs: {text}"
        );
        let none: TokenStream = quote::quote! { fn f() {} };
        assert!(no_api_version_header(&none).is_err());
    }

    #[test]
    fn every_send_returns_the_one_error_type() {
        let tokens: TokenStream = quote! {
            impl<'a> ListGroups<'a> {
                /// Sends a `GET` request to `/groups`
                pub async fn send(self) -> Result<ResponseValue<types::Groups>, Error<types::ErrorResponse>> {
                    todo!()
                }
            }
        };
        let text = one_error_type(&tokens)
            .map(|t| t.to_string())
            .unwrap_or_default();
        assert!(text.contains("async fn send_generated (self) -> Result < ResponseValue < types :: Groups > , Error < types :: ErrorResponse > >"), "{text}");
        assert!(!text.contains("pub async fn send_generated"), "{text}");
        assert!(text.contains("# [doc = r\" Sends a `GET` request to `/groups`\"] pub async fn send (self) -> Result < ResponseValue < types :: Groups > , crate :: Error >"), "{text}");
        assert!(
            text.contains(
                "crate :: error :: from_generated (self . send_generated () . await) . await"
            ),
            "{text}"
        );
        let none: TokenStream = quote!(impl X { fn other(self) {} });
        assert!(one_error_type(&none).is_err());
    }
}
