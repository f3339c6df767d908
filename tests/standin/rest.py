"""The REST (v10) side of the stand-in."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import limits
from .faults import AFTER_FAULT, refuse
from .gateway import INTENT_DM_MESSAGES, INTENT_GUILD_MEMBERS, INTENT_GUILD_MESSAGES
from .interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    SEND_MESSAGES,
    CallbackRecord,
    FakeInteraction,
)
from .models import FakeChannel, FakeMessage, StoredFile, iso_now
from .responses import DiscordError, deliver, json_response, unknown_channel, unknown_message

if TYPE_CHECKING:
    from .server import FakeDiscord

JSON = dict[str, Any]
API = "/api/v10"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
MANAGE_ROLES = 1 << 28
# Flags a bot may set when sending: SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2.
SENDABLE_FLAGS = 4 | 64 | 4096 | 32768


class RestApi:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    # -- plumbing -------------------------------------------------------------------------

    def add_routes(self, app: web.Application) -> None:
        r = app.router
        routes: list[tuple[str, str, Handler]] = [
            ("GET", "/users/@me", self.get_me),
            ("GET", "/users/{user_id}", self.get_user),
            ("POST", "/users/@me/channels", self.create_dm),
            ("GET", "/oauth2/applications/@me", self.get_application),
            ("GET", "/gateway", self.get_gateway),
            ("GET", "/gateway/bot", self.get_gateway_bot),
            ("GET", "/applications/{app_id}/commands", self.get_commands),
            ("PUT", "/applications/{app_id}/commands", self.put_commands),
            ("POST", "/applications/{app_id}/commands", self.post_command),
            ("GET", "/applications/{app_id}/commands/{command_id}", self.get_command),
            ("PATCH", "/applications/{app_id}/commands/{command_id}", self.patch_command),
            ("DELETE", "/applications/{app_id}/commands/{command_id}", self.delete_command),
            ("GET", "/applications/{app_id}/guilds/{guild_id}/commands", self.get_commands),
            ("PUT", "/applications/{app_id}/guilds/{guild_id}/commands", self.put_commands),
            ("POST", "/applications/{app_id}/guilds/{guild_id}/commands", self.post_command),
            ("GET", "/applications/{app_id}/guilds/{guild_id}/commands/{command_id}", self.get_command),
            ("PATCH", "/applications/{app_id}/guilds/{guild_id}/commands/{command_id}", self.patch_command),
            ("DELETE", "/applications/{app_id}/guilds/{guild_id}/commands/{command_id}", self.delete_command),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self.interaction_callback),
            ("POST", "/webhooks/{app_id}/{token}", self.execute_webhook),
            ("GET", "/webhooks/{app_id}/{token}/messages/{message_id}", self.get_webhook_message),
            ("PATCH", "/webhooks/{app_id}/{token}/messages/{message_id}", self.edit_webhook_message),
            ("DELETE", "/webhooks/{app_id}/{token}/messages/{message_id}", self.delete_webhook_message),
            ("GET", "/channels/{channel_id}", self.get_channel),
            ("GET", "/channels/{channel_id}/messages", self.list_messages),
            ("POST", "/channels/{channel_id}/messages", self.post_message),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self.get_message),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self.edit_message),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self.delete_message),
            ("POST", "/channels/{channel_id}/typing", self.typing),
            ("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", self.add_reaction),
            ("GET", "/guilds/{guild_id}", self.get_guild),
            ("GET", "/guilds/{guild_id}/channels", self.get_guild_channels),
            ("GET", "/guilds/{guild_id}/roles", self.get_roles),
            ("GET", "/guilds/{guild_id}/members", self.list_members),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member),
            ("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", self.add_member_role),
            ("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", self.remove_member_role),
        ]
        for method, path, handler in routes:
            r.add_route(method, API + path, handler)
        r.add_route("GET", "/attachments/{attachment_id}/{filename}", self.get_attachment)
        r.add_route("*", "/{tail:.*}", self.unknown_route)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        fake = self.fake
        path = request.path
        if path == "/" or path.startswith("/attachments/"):
            return await handler(request)
        fake.requests.append((request.method, path))
        resource = request.match_info.route.resource
        template = resource.canonical if resource is not None else path
        template = template.removeprefix(API)
        limited = self._rate_limited(request.method, template)
        if limited is not None:
            return limited
        public = template.startswith(("/interactions/", "/webhooks/"))  # token-authenticated by URL
        known = request.match_info.route.handler != self.unknown_route
        if not public and known and request.headers.get("Authorization") != f"Bot {fake.token}":
            return json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        fault = fake.faults.take(request.method, template, request)
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.delay_only:
                fault = None
            elif not fault.after:
                fake.notify()
                return await refuse(request, fault)
            else:
                request[AFTER_FAULT] = fault  # deliver() loses the answer once the request took effect
        try:
            resp = await handler(request)
        except DiscordError as exc:
            return exc.response()
        if fault is not None and not resp.prepared:
            fake.notify()
            return await refuse(request, fault)
        return resp

    def _rate_limited(self, method: str, template: str) -> web.Response | None:
        for rule in self.fake.rate_limits:
            if rule.remaining > 0 and rule.method == method and rule.route == template:
                rule.remaining -= 1
                self.fake.rate_limited_hits.append((method, template))
                headers = {
                    "X-RateLimit-Limit": "5",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": f"{time.time() + rule.retry_after:.3f}",
                    "X-RateLimit-Reset-After": f"{rule.retry_after:.3f}",
                    "X-RateLimit-Bucket": f"standin-{abs(hash(template)) % 10**8}",
                    "X-RateLimit-Scope": "global" if rule.is_global else "user",
                    "Retry-After": str(max(1, round(rule.retry_after))),
                    # discord.py treats a 429 without Via as Cloudflare's ban and does not retry.
                    "Via": "1.1 google",
                }
                if rule.is_global:
                    headers["X-RateLimit-Global"] = "true"
                body = {"message": "You are being rate limited.", "retry_after": rule.retry_after}
                body["global"] = rule.is_global
                return json_response(body, status=429, headers=headers)
        return None

    async def unknown_route(self, request: web.Request) -> web.Response:
        self.fake.unknown_routes.append((request.method, request.path_qs))
        self.fake.notify()
        return json_response({"message": "404: Not Found", "code": 0}, status=404)

    async def _body(self, request: web.Request) -> tuple[JSON, list[StoredFile]]:
        """JSON body, or multipart with payload_json + files[n] (n = attachment id in payload)."""
        if request.content_type.startswith("multipart/"):
            payload: JSON = {}
            files: list[StoredFile] = []
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    payload = json.loads(await part.text())  # type: ignore[union-attr]
                elif part.name and part.name.startswith("file"):
                    data = await part.read()  # type: ignore[union-attr]
                    ctype = part.headers.get("Content-Type", "application/octet-stream")
                    files.append(StoredFile(part.filename or part.name, bytes(data), ctype))
            return payload, files
        if request.can_read_body:
            return await request.json(), []
        return {}, []

    def _check(self, request: web.Request, problems: list[str]) -> None:
        if problems:
            for p in problems:
                self.fake.record_problem(f"{request.method} {request.path}", p)
            raise DiscordError(400, 50035, "Invalid Form Body: " + "; ".join(problems))

    def _channel(self, request: web.Request) -> FakeChannel:
        channel = self.fake.channels.get(int(request.match_info["channel_id"]))
        if channel is None or channel.deleted:
            raise unknown_channel()
        return channel

    def _channel_message(self, request: web.Request) -> tuple[FakeChannel, FakeMessage]:
        channel = self._channel(request)
        msg = self.fake.message_store.get(int(request.match_info["message_id"]))
        if msg is None or msg.deleted or msg.channel_id != channel.id:
            raise unknown_message()
        return channel, msg

    # -- messages (shared) ------------------------------------------------------------------------

    def _attachments(self, payload: JSON, files: list[StoredFile], keep: list[JSON]) -> list[JSON]:
        """Builds attachment objects: kept existing ones (by id) + uploaded files."""
        out: list[JSON] = []
        by_index = dict(enumerate(files))
        wanted = payload.get("attachments")
        kept_ids = {str(a["id"]) for a in keep}
        used: set[int] = set()
        for att in wanted or []:
            if str(att.get("id")) in kept_ids:
                out.extend(a for a in keep if a["id"] == str(att["id"]))
                continue
            try:
                index = int(att["id"])
            except (KeyError, TypeError, ValueError):
                continue
            if index in by_index:
                used.add(index)
                out.append(self.fake.store_attachment(by_index[index], att.get("description")))
        if wanted is None:
            out.extend(keep)
        for index, file in by_index.items():
            if index not in used:
                out.append(self.fake.store_attachment(file))
        return out

    def _new_message(
        self,
        request: web.Request,
        channel: FakeChannel,
        payload: JSON,
        files: list[StoredFile],
        *,
        allow_empty: bool = False,
        **extra: Any,
    ) -> FakeMessage:
        self._check(request, limits.check_message(payload))
        fake = self.fake
        guild = fake.guild_of(channel)
        msg = FakeMessage(
            id=fake.snowflakes.next(),
            channel_id=channel.id,
            guild_id=guild.id if guild else None,
            author=fake.bot_user,
            content=payload.get("content") or "",
            embeds=payload.get("embeds") or [],
            components=payload.get("components") or [],
            allowed_mentions=payload.get("allowed_mentions"),
            message_reference=payload.get("message_reference"),
            flags=int(payload.get("flags") or 0) & SENDABLE_FLAGS,
            tts=bool(payload.get("tts")),
            member=guild.members.get(fake.bot_user.id) if guild else None,
            files=list(files),
            **extra,
        )
        msg.attachments = self._attachments(payload, files, [])
        if msg.message_reference:  # Discord echoes snowflakes as strings whatever the bot sent
            msg.message_reference = {
                k: str(v) if k.endswith("_id") and v is not None else v for k, v in msg.message_reference.items()
            }
        if msg.message_reference and msg.type == 0:
            msg.type = 19
        msg.mention_users = [fake.users[u] for u in msg.mentioned_user_ids() if u in fake.users]
        empty = not (msg.content or msg.embeds or msg.attachments or msg.components or payload.get("sticker_ids"))
        if empty and not allow_empty:
            self._check(request, ["Cannot send an empty message (50006)"])
        fake.message_store[msg.id] = msg
        fake.notify()
        return msg

    def _apply_edit(self, request: web.Request, msg: FakeMessage, payload: JSON, files: list[StoredFile]) -> None:
        merged = {k: payload[k] for k in ("content", "embeds", "components", "flags") if k in payload}
        self._check(request, limits.check_message(merged))
        if "content" in payload:
            msg.content = payload["content"] or ""
        if "embeds" in payload:
            msg.embeds = payload["embeds"] or []
        if "components" in payload:
            msg.components = payload["components"] or []
        if "allowed_mentions" in payload:
            msg.allowed_mentions = payload["allowed_mentions"]
        if "flags" in payload and payload["flags"] is not None:
            # Only SUPPRESS_EMBEDS / IS_COMPONENTS_V2 can change on edit; ephemeral stays as it was.
            msg.flags = (msg.flags & (64 | 128)) | (int(payload["flags"]) & (4 | 32768))
        if "attachments" in payload or files:
            msg.attachments = self._attachments(payload, files, msg.attachments)
            msg.files.extend(files)
        msg.flags &= ~FakeMessage.LOADING
        msg.edited_timestamp = iso_now()
        msg.mention_users = [self.fake.users[u] for u in msg.mentioned_user_ids() if u in self.fake.users]
        self.fake.notify()

    async def _announce(self, event: str, msg: FakeMessage) -> None:
        """Discord echoes the bot's own non-ephemeral messages back over the gateway."""
        if msg.ephemeral:
            return
        intent = INTENT_GUILD_MESSAGES if msg.guild_id else INTENT_DM_MESSAGES
        if event == "MESSAGE_DELETE":
            data: JSON = {"id": str(msg.id), "channel_id": str(msg.channel_id)}
            if msg.guild_id:
                data["guild_id"] = str(msg.guild_id)
        else:
            data = msg.to_dict()
        await self.fake.gateway.dispatch(event, data, guild_id=msg.guild_id, intent=intent)

    # -- users / login / gateway ------------------------------------------------------------------

    async def get_me(self, request: web.Request) -> web.Response:
        me = self.fake.bot_user.to_dict()
        me.update(verified=True, mfa_enabled=False, email=None, locale="en-US")
        return json_response(me)

    async def get_user(self, request: web.Request) -> web.Response:
        user = self.fake.users.get(int(request.match_info["user_id"]))
        if user is None:
            raise DiscordError(404, 10013, "Unknown User")
        return json_response(user.to_dict())

    async def create_dm(self, request: web.Request) -> web.Response:
        body = await request.json()
        user = self.fake.users.get(int(body.get("recipient_id", 0)))
        if user is None:
            raise DiscordError(404, 10013, "Unknown User")
        return json_response(self.fake.dm_channel(user).to_dict())

    async def get_application(self, request: web.Request) -> web.Response:
        fake = self.fake
        return json_response(
            {
                "id": str(fake.application_id),
                "name": fake.bot_user.name,
                "icon": None,
                "description": "",
                "summary": "",
                "type": None,
                "rpc_origins": [],
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "flags": 0,
                "owner": fake.app_owner.to_dict(),
                "team": None,
                "bot": fake.bot_user.to_dict(),
                "redirect_uris": [],
                "interactions_endpoint_url": None,
                "approximate_guild_count": len(fake.guilds),
            }
        )

    async def get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.fake.gateway_url})

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_response(
            {"url": self.fake.gateway_url, "shards": self.fake.shard_count, "session_start_limit": limit}
        )

    # -- application commands ---------------------------------------------------------------------

    def _scope(self, request: web.Request) -> int | None:
        if int(request.match_info["app_id"]) != self.fake.application_id:
            raise DiscordError(403, 50001, "Missing Access")
        gid = request.match_info.get("guild_id")
        if gid is None:
            return None
        if int(gid) not in self.fake.guilds:
            raise DiscordError(403, 50001, "Missing Access")
        return int(gid)

    def _stored_command(self, cmd: JSON, scope: int | None, existing: JSON | None) -> JSON:
        # Discord keeps a command's id across bulk overwrites when the name/type matches.
        stored = {
            "type": 1,
            "description": "",
            "default_member_permissions": None,
            "nsfw": False,
            "integration_types": [0],
            "contexts": None,
            "options": [],
            **cmd,
        }
        stored.update(
            id=existing["id"] if existing else str(self.fake.snowflakes.next()),
            application_id=str(self.fake.application_id),
            version=str(self.fake.snowflakes.next()),
        )
        if scope is not None:
            stored["guild_id"] = str(scope)
        return stored

    async def get_commands(self, request: web.Request) -> web.Response:
        return json_response(self.fake.commands.get(self._scope(request), []))

    async def put_commands(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        body = await request.json()
        self._check(request, limits.check_commands(body))
        old = {(c["name"], c.get("type", 1)): c for c in self.fake.commands.get(scope, [])}
        stored = [self._stored_command(c, scope, old.get((c["name"], c.get("type", 1)))) for c in body]
        self.fake.commands[scope] = stored
        self.fake.registration_count += 1
        self.fake.registration_log.append((scope, len(stored)))
        self.fake.notify()
        return json_response(stored)

    def _find_command(self, request: web.Request) -> tuple[int | None, JSON]:
        scope = self._scope(request)
        cid = request.match_info["command_id"]
        for cmd in self.fake.commands.get(scope, []):
            if cmd["id"] == cid:
                return scope, cmd
        raise DiscordError(404, 10063, "Unknown application command")

    async def post_command(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        body = await request.json()
        self._check(request, limits.check_commands([body]))
        cmds = self.fake.commands.setdefault(scope, [])
        existing = next((c for c in cmds if (c["name"], c["type"]) == (body["name"], body.get("type", 1))), None)
        stored = self._stored_command(body, scope, existing)
        if existing is not None:
            cmds.remove(existing)
        cmds.append(stored)
        self.fake.notify()
        return json_response(stored, status=200 if existing else 201)

    async def get_command(self, request: web.Request) -> web.Response:
        return json_response(self._find_command(request)[1])

    async def patch_command(self, request: web.Request) -> web.Response:
        _, cmd = self._find_command(request)
        cmd.update(await request.json())
        self._check(request, limits.check_commands([cmd]))
        return json_response(cmd)

    async def delete_command(self, request: web.Request) -> web.Response:
        scope, cmd = self._find_command(request)
        self.fake.commands[scope].remove(cmd)
        return web.Response(status=204)

    # -- interactions ----------------------------------------------------------------------------

    def _interaction(self, request: web.Request, *, by_id: bool) -> FakeInteraction:
        token = request.match_info["token"]
        ix = self.fake.interactions_by_token.get(token)
        if by_id:
            if ix is None or ix.id != int(request.match_info["interaction_id"]):
                raise DiscordError(404, 10062, "Unknown interaction")
        else:
            if ix is None or int(request.match_info["app_id"]) != self.fake.application_id:
                raise DiscordError(404, 10015, "Unknown Webhook")
            if time.monotonic() - ix.created > 15 * 60:
                raise DiscordError(401, 50027, "Invalid Webhook Token")
        return ix

    async def interaction_callback(self, request: web.Request) -> web.StreamResponse:
        fake = self.fake
        ix = self._interaction(request, by_id=True)
        where = f"{request.method} {request.path}"
        if ix.callbacks:
            raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
        elapsed = time.monotonic() - ix.created
        if fake.interaction_deadline is not None and elapsed > fake.interaction_deadline:
            fake.record_problem(where, f"callback {elapsed:.2f}s after the interaction (limit 3s)")
            raise DiscordError(404, 10062, "Unknown interaction")
        body, files = await self._body(request)
        ctype, data = int(body.get("type", 0)), body.get("data") or {}
        allowed = {
            APPLICATION_COMMAND: {4, 5, 9},
            MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
            AUTOCOMPLETE: {8},
            MODAL_SUBMIT: {4, 5, 6, 7},
        }[ix.type]
        if ctype not in allowed:
            self._check(request, [f"callback type {ctype} is invalid for interaction type {ix.type}"])
        record = CallbackRecord(type=ctype, data=data, files=files)
        msg: FakeMessage | None = None
        if ctype == 8:
            self._check(request, limits.check_choices(data.get("choices") or []))
        elif ctype in (4, 5):
            loading = FakeMessage.LOADING if ctype == 5 else 0
            payload = dict(data)
            payload["flags"] = int(data.get("flags") or 0)
            msg = self._new_message(
                request,
                ix.channel,
                payload,
                files,
                allow_empty=ctype == 5,
                webhook_id=fake.application_id,
                application_id=fake.application_id,
                type=20 if ix.type == APPLICATION_COMMAND else 0,
                interaction_metadata={
                    "id": str(ix.id),
                    "type": ix.type,
                    "user": ix.user.to_dict(),
                    "authorizing_integration_owners": ix.payload["authorizing_integration_owners"],
                },
            )
            msg.flags |= loading
            ix.original = msg
        elif ctype in (6, 7):
            msg = ix.source_message
            if msg is None:
                self._check(request, [f"callback type {ctype} needs a message (modal not from a component)"])
                raise AssertionError("unreachable")
            if ctype == 7:
                self._apply_edit(request, msg, data, files)
            ix.original = msg
        record.message = msg
        ix.callbacks.append(record)
        fake.notify()
        if msg is not None and ctype in (4, 7):
            await self._announce("MESSAGE_CREATE" if ctype == 4 else "MESSAGE_UPDATE", msg)
        if request.query.get("with_response") not in ("1", "true", "True"):
            return await deliver(request, web.Response(status=204), [msg] if msg else [])
        interaction: JSON = {"id": str(ix.id), "type": ix.type}
        resource: JSON = {"type": ctype}
        if msg is not None:
            interaction.update(
                response_message_id=str(msg.id),
                response_message_loading=msg.loading,
                response_message_ephemeral=msg.ephemeral,
            )
            resource["message"] = msg.to_dict()
        resp = json_response({"interaction": interaction, "resource": resource})
        return await deliver(request, resp, [msg] if msg else [])

    def _webhook_message(self, ix: FakeInteraction, message_id: str) -> FakeMessage:
        if message_id == "@original":
            msg = ix.original
        else:
            msg = next((m for m in [ix.original, *ix.followups] if m and m.id == int(message_id)), None)
        if msg is None or msg.deleted:
            raise unknown_message()
        return msg

    async def execute_webhook(self, request: web.Request) -> web.StreamResponse:
        ix = self._interaction(request, by_id=False)
        if not ix.callbacks:
            raise DiscordError(404, 10015, "Unknown Webhook")  # Discord: follow-ups need an ack first
        payload, files = await self._body(request)
        original = ix.original
        if original is not None and original.loading and not ix.followups:
            # Discord turns the first follow-up after a deferral into the deferred message itself
            # (keeping the deferral's ephemerality).
            self._apply_edit(request, original, payload, files)
            msg = original
        else:
            msg = self._new_message(
                request,
                ix.channel,
                payload,
                files,
                webhook_id=self.fake.application_id,
                application_id=self.fake.application_id,
            )
        ix.followups.append(msg)
        self.fake.notify()
        await self._announce("MESSAGE_UPDATE" if msg is original else "MESSAGE_CREATE", msg)
        wait = request.query.get("wait", "false").lower() in ("1", "true")
        resp = json_response(msg.to_dict()) if wait else web.Response(status=204)
        return await deliver(request, resp, [msg])

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        ix = self._interaction(request, by_id=False)
        return json_response(self._webhook_message(ix, request.match_info["message_id"]).to_dict())

    async def edit_webhook_message(self, request: web.Request) -> web.StreamResponse:
        ix = self._interaction(request, by_id=False)
        msg = self._webhook_message(ix, request.match_info["message_id"])
        payload, files = await self._body(request)
        self._apply_edit(request, msg, payload, files)
        await self._announce("MESSAGE_UPDATE", msg)
        return await deliver(request, json_response(msg.to_dict()), [msg])

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        ix = self._interaction(request, by_id=False)
        msg = self._webhook_message(ix, request.match_info["message_id"])
        msg.deleted = True
        self.fake.notify()
        await self._announce("MESSAGE_DELETE", msg)
        return web.Response(status=204)

    # -- channels -------------------------------------------------------------------------------

    async def get_channel(self, request: web.Request) -> web.Response:
        return json_response(self._channel(request).to_dict())

    async def list_messages(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        limit = int(request.query.get("limit", 50))
        msgs = self.fake.messages(channel_id=channel.id)
        msgs = [m for m in msgs if not m.ephemeral]
        return json_response([m.to_dict() for m in reversed(msgs)][:limit])

    async def post_message(self, request: web.Request) -> web.StreamResponse:
        fake = self.fake
        channel = self._channel(request)
        if channel.is_dm and channel.recipient is not None and channel.recipient.dms_closed:
            raise DiscordError(403, 50007, "Cannot send messages to this user")
        guild = fake.guild_of(channel)
        if channel.deny_bot_send or (guild and not guild.permissions_of(fake.bot_user.id) & SEND_MESSAGES):
            raise DiscordError(403, 50013, "Missing Permissions")
        payload, files = await self._body(request)
        nonce = payload.get("nonce")
        if nonce is not None and payload.get("enforce_nonce"):
            # Discord: the same author and nonce within a few minutes returns the existing message.
            existing = fake.message_for_nonce(channel.id, str(nonce))
            if existing is not None:
                fake.nonce_hits.append(existing.id)
                fake.notify()
                return await deliver(request, json_response(existing.to_dict()), [existing])
        msg = self._new_message(request, channel, payload, files)
        msg.flags &= ~FakeMessage.EPHEMERAL  # only interaction responses can be ephemeral
        if nonce is not None:
            msg.nonce = str(nonce)
            fake.remember_nonce(channel.id, msg)
        await self._announce("MESSAGE_CREATE", msg)
        return await deliver(request, json_response(msg.to_dict()), [msg])

    async def get_message(self, request: web.Request) -> web.Response:
        return json_response(self._channel_message(request)[1].to_dict())

    async def edit_message(self, request: web.Request) -> web.StreamResponse:
        _, msg = self._channel_message(request)
        if msg.author.id != self.fake.bot_user.id:
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        payload, files = await self._body(request)
        self._apply_edit(request, msg, payload, files)
        await self._announce("MESSAGE_UPDATE", msg)
        return await deliver(request, json_response(msg.to_dict()), [msg])

    async def delete_message(self, request: web.Request) -> web.Response:
        _, msg = self._channel_message(request)
        msg.deleted = True
        self.fake.notify()
        await self._announce("MESSAGE_DELETE", msg)
        return web.Response(status=204)

    async def typing(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self.fake.typing.append((channel.id, time.monotonic()))
        return web.Response(status=204)

    async def add_reaction(self, request: web.Request) -> web.Response:
        _, msg = self._channel_message(request)
        self.fake.reactions.append((msg.id, request.match_info["emoji"]))
        self.fake.notify()
        return web.Response(status=204)

    async def get_attachment(self, request: web.Request) -> web.Response:
        stored = self.fake.attachment_files.get(int(request.match_info["attachment_id"]))
        if stored is None:
            raise web.HTTPNotFound()
        return web.Response(body=stored.data, content_type=stored.content_type)

    # -- guilds ---------------------------------------------------------------------------------

    def _guild(self, request: web.Request) -> Any:
        guild = self.fake.guilds.get(int(request.match_info["guild_id"]))
        if guild is None:
            raise DiscordError(404, 10004, "Unknown Guild")
        return guild

    async def get_guild(self, request: web.Request) -> web.Response:
        data = self._guild(request).to_rest_dict()
        if request.query.get("with_counts") in ("1", "true"):
            data.update(approximate_member_count=data["member_count"], approximate_presence_count=0)
        return json_response(data)

    async def get_guild_channels(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        return json_response([c.to_dict() for c in guild.channels.values() if not c.deleted])

    async def get_roles(self, request: web.Request) -> web.Response:
        return json_response([r.to_dict() for r in self._guild(request).roles.values()])

    async def list_members(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if not self.fake.gateway.privileged_enabled & INTENT_GUILD_MEMBERS:  # needs the portal's Members intent
            raise DiscordError(403, 50001, "Missing Access")
        limit = int(request.query.get("limit", 1))
        return json_response([m.to_dict() for m in list(guild.members.values())[:limit]])

    async def get_member(self, request: web.Request) -> web.Response:
        member = self._guild(request).members.get(int(request.match_info["user_id"]))
        if member is None:
            raise DiscordError(404, 10007, "Unknown Member")
        return json_response(member.to_dict())

    async def _member_role(self, request: web.Request, add: bool) -> web.Response:
        guild = self._guild(request)
        member = guild.members.get(int(request.match_info["user_id"]))
        role_id = int(request.match_info["role_id"])
        if member is None:
            raise DiscordError(404, 10007, "Unknown Member")
        if role_id not in guild.roles:
            raise DiscordError(404, 10011, "Unknown Role")
        if not guild.permissions_of(self.fake.bot_user.id) & MANAGE_ROLES:
            raise DiscordError(403, 50013, "Missing Permissions")
        if add and role_id not in member.roles:
            member.roles.append(role_id)
        elif not add and role_id in member.roles:
            member.roles.remove(role_id)
        self.fake.notify()
        data = member.to_dict()
        data["guild_id"] = str(guild.id)
        await self.fake.gateway.dispatch("GUILD_MEMBER_UPDATE", data, guild_id=guild.id, intent=1 << 1)
        return web.Response(status=204)

    async def add_member_role(self, request: web.Request) -> web.Response:
        return await self._member_role(request, True)

    async def remove_member_role(self, request: web.Request) -> web.Response:
        return await self._member_role(request, False)
