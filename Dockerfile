# syntax=docker/dockerfile:1
# Both images from one build: the whole repository (as .dockerignore whitelists it) is the context,
# so a project reference can never be left out of one image's COPY lines. From the repository root:
#   docker buildx build --target webhook -t REGISTRY/stork-webhook:TAG .
#   docker buildx build --target scoring -t REGISTRY/stork-scoring:TAG .
# Multi-arch: add --platform linux/amd64,linux/arm64 --push (see README.md, "Images").
# Tests/Deploy.Tests/Images replays the COPY and RUN steps below in a scratch directory.

# Build on the builder's own platform: the output is portable IL for any target architecture.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,id=stork-nuget,target=/root/.nuget/packages \
    dotnet publish Webhook/Webhook.csproj -c Release -o publish/webhook -p:UseAppHost=false
RUN --mount=type=cache,id=stork-nuget,target=/root/.nuget/packages \
    dotnet publish Scoring/Scoring.csproj -c Release -o publish/scoring -p:UseAppHost=false

# Chiseled: no shell, no package manager, non-root by default. InvariantGlobalization needs no ICU.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS runtime
WORKDIR /app
USER $APP_UID

FROM runtime AS webhook
COPY --from=build /src/publish/webhook .
ENTRYPOINT ["dotnet", "Stork.Webhook.dll"]

FROM runtime AS scoring
COPY --from=build /src/publish/scoring .
ENTRYPOINT ["dotnet", "Stork.Scoring.dll"]
