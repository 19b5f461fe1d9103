//! Subscribing a webhook and keeping it enabled: [`WebhookSubscription`].
//!
//! Kaizala retries a failing callback six times over two days and then
//! disables the webhook; it stays disabled until someone sends
//! `PUT /webhook/{id}` with `Active: true`. [`WebhookSubscription::ensure_active`]
//! does that check once; [`WebhookSubscription::keep_alive`] repeats it.

use std::time::Duration;

use kaizala_api::types::{CreateWebhookRequest, UpdateWebhookRequest, Webhook, WebhookObjectType};

use crate::Error;

/// A webhook: its id and the object it is subscribed on (listing webhooks
/// needs the object).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookSubscription {
    /// The webhook's id (`webhookId`).
    pub webhook_id: String,
    /// The group, Action or action package it watches.
    pub object_id: String,
    /// What `object_id` names.
    pub object_type: WebhookObjectType,
}

/// What [`WebhookSubscription::ensure_active`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebhookStatus {
    /// The webhook is listed as active; nothing was sent.
    Active,
    /// The webhook was disabled (or its state not reported) and was re-enabled.
    Reenabled,
    /// The webhook is no longer listed on its object (deleted or expired):
    /// subscribe again.
    Missing,
}

impl WebhookSubscription {
    /// Subscribes a webhook (`createWebhook`). Kaizala validates the callback
    /// first, so the receiver must already be serving `callBackUrl`.
    ///
    /// `client` is any [`kaizala_api::Client`], such as a [`crate::KaizalaClient`].
    pub async fn create(
        client: &kaizala_api::Client,
        request: CreateWebhookRequest,
    ) -> Result<Self, Error> {
        let object_id = request.object_id.clone();
        let object_type = request.object_type;
        let created = client.create_webhook().body(request).send().await?;
        Ok(Self {
            webhook_id: created.into_inner().webhook_id,
            object_id,
            object_type,
        })
    }

    /// A webhook subscribed earlier.
    pub fn existing(
        webhook_id: impl Into<String>,
        object_id: impl Into<String>,
        object_type: WebhookObjectType,
    ) -> Self {
        Self {
            webhook_id: webhook_id.into(),
            object_id: object_id.into(),
            object_type,
        }
    }

    /// This webhook as `listWebhooks` reports it on its object (`None` when
    /// it is not listed).
    pub async fn fetch(&self, client: &kaizala_api::Client) -> Result<Option<Webhook>, Error> {
        let list = client
            .list_webhooks()
            .object_id(self.object_id.clone())
            .object_type(self.object_type)
            .send()
            .await?
            .into_inner();
        Ok(list
            .webhooks
            .into_iter()
            .find(|w| w.id.eq_ignore_ascii_case(&self.webhook_id)))
    }

    /// Lists the webhooks on the object and re-enables this one
    /// (`updateWebhook` with `Active: true`) unless it is reported active.
    /// A webhook whose `active` field is missing or unreadable is re-enabled
    /// too: the call is harmless on an active webhook.
    pub async fn ensure_active(
        &self,
        client: &kaizala_api::Client,
    ) -> Result<WebhookStatus, Error> {
        let Some(webhook) = self.fetch(client).await? else {
            return Ok(WebhookStatus::Missing);
        };
        if webhook.active.as_ref().is_some_and(|a| a.is_true()) {
            return Ok(WebhookStatus::Active);
        }
        self.reenable(client).await?;
        Ok(WebhookStatus::Reenabled)
    }

    /// Sends `updateWebhook` with `Active: true` without checking first.
    pub async fn reenable(&self, client: &kaizala_api::Client) -> Result<(), Error> {
        let body = UpdateWebhookRequest {
            active: Some(kaizala_api::types::StringBoolean::True),
            ..Default::default()
        };
        client
            .update_webhook()
            .webhook_id(self.webhook_id.clone())
            .body(body)
            .send()
            .await?;
        Ok(())
    }

    /// Runs [`WebhookSubscription::ensure_active`] every `every` (first check
    /// at once) until the webhook is [`WebhookStatus::Missing`], which it
    /// returns so the caller can subscribe again. Errors are logged and the
    /// check retried on the next tick. Spawn it next to the receiver:
    ///
    /// ```no_run
    /// # async fn demo(client: kaizala_ext::KaizalaClient, sub: kaizala_ext::webhook::WebhookSubscription) {
    /// tokio::spawn(async move {
    ///     let status = sub.keep_alive(&client, std::time::Duration::from_secs(3600)).await;
    ///     tracing::error!(?status, webhook = %sub.webhook_id, "webhook gone; subscribe again");
    /// });
    /// # }
    /// ```
    pub async fn keep_alive(&self, client: &kaizala_api::Client, every: Duration) -> WebhookStatus {
        let mut ticks = tokio::time::interval(every.max(Duration::from_millis(1)));
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            match self.ensure_active(client).await {
                Ok(WebhookStatus::Missing) => return WebhookStatus::Missing,
                Ok(WebhookStatus::Reenabled) => {
                    tracing::warn!(webhook = %self.webhook_id, "kaizala webhook was disabled; re-enabled it");
                }
                Ok(WebhookStatus::Active) => {}
                Err(error) => {
                    tracing::warn!(webhook = %self.webhook_id, %error, "kaizala webhook keep-alive check failed");
                }
            }
        }
    }
}
