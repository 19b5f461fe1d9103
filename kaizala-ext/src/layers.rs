//! The layers `KaizalaClient` plugs into the generated client's seam: one
//! for tenant calls (token and base URL per attempt, through the pipeline),
//! one for the token service (no token, one attempt, bounded body).

use std::fmt;

use futures::future::BoxFuture;
use kaizala_api::layer::{self, Layer, LayerError, RequestContext};
use kaizala_api::operations::Operation;

use crate::Error;
use crate::pipeline::{self, Pipeline};
use crate::retry::OpInfo;

fn op_info(operation: &'static Operation) -> OpInfo {
    OpInfo {
        id: operation.id,
        method: operation.method,
        path: operation.path,
        idempotent: operation.is_idempotent(),
        requires_token: operation.requires_access_token,
    }
}

/// The layer of [`KaizalaClient`]: tenant calls get their token and base URL
/// from the [`Pipeline`], on every attempt; the authentication operations
/// go to the auth root as they are.
pub(crate) struct TenantLayer {
    pub(crate) pipeline: Pipeline,
}

impl fmt::Debug for TenantLayer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TenantLayer")
            .field(
                "auth_root",
                &self.pipeline.tokens.endpoint().auth_root().as_str(),
            )
            .field("retry", &self.pipeline.policy)
            .finish_non_exhaustive()
    }
}

impl Layer for TenantLayer {
    fn prepare<'a>(
        &'a self,
        _request: &'a mut reqwest::Request,
        _context: RequestContext<'a>,
    ) -> BoxFuture<'a, Result<(), LayerError>> {
        // Everything happens per attempt in `execute`.
        Box::pin(std::future::ready(Ok(())))
    }

    fn execute<'a>(
        &'a self,
        _http: &'a reqwest::Client,
        request: reqwest::Request,
        context: RequestContext<'a>,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let operation = context.operation;
        let Some(target) = layer::operation_target(request.url(), context.client_base) else {
            return Box::pin(std::future::ready(pipeline::typed(Error::invalid_input(
                "the request URL is not below the client's base URL",
            ))));
        };
        let target = target.to_owned();
        let rebuild = pipeline::clone_rebuild(pipeline::clone_request(&request));
        Box::pin(
            self.pipeline
                .run(op_info(operation), request, target, rebuild),
        )
    }
}

/// The pipeline of a client built by
/// [`KaizalaClientBuilder`](crate::KaizalaClientBuilder); `None` for a client
/// with another layer (a fixed token, a test capture).
pub(crate) fn pipeline(client: &kaizala_api::Client) -> Option<&Pipeline> {
    client
        .layer()
        .downcast_ref::<TenantLayer>()
        .map(|layer| &layer.pipeline)
}

/// The layer of the client that fetches tokens: no token, one attempt, the
/// response body capped like every other.
#[derive(Debug)]
pub(crate) struct TokenServiceLayer {
    pub(crate) max_body: u64,
}

impl Layer for TokenServiceLayer {
    fn prepare<'a>(
        &'a self,
        _request: &'a mut reqwest::Request,
        context: RequestContext<'a>,
    ) -> BoxFuture<'a, Result<(), LayerError>> {
        Box::pin(async move {
            if context.operation.requires_access_token {
                return Err(Error::invalid_input(format!(
                    "{} needs an access token; call it through KaizalaClient",
                    context.operation.id
                ))
                .into_layer());
            }
            Ok(())
        })
    }

    fn execute<'a>(
        &'a self,
        http: &'a reqwest::Client,
        request: reqwest::Request,
        _context: RequestContext<'a>,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let limit = self.max_body;
        Box::pin(async move {
            let response = http.execute(request).await?;
            if response.status().is_success() {
                return match crate::limits::limit_body(response, limit) {
                    Ok(limited) => Ok(limited),
                    Err(error) => pipeline::typed(error),
                };
            }
            pipeline::normalize_error_body(response, limit).await
        })
    }
}
