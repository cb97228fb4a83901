# The portal as a container: build and publish with the SDK, run on the smaller ASP.NET runtime image.
# Images cannot be built on the CI machine (no Docker engine there); test.sh publishes the same way and checks the
# published app starts and reports healthy.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The build settings and project files come first so the restore layer is reused until a dependency changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY Portal.Domain/Portal.Domain.csproj Portal.Domain/
COPY Portal/Portal.csproj Portal/
RUN dotnet restore Portal/Portal.csproj
COPY Portal.Domain/ Portal.Domain/
COPY Portal/ Portal/
RUN dotnet publish Portal/Portal.csproj -c Release --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The runtime image has neither curl nor wget, and the health check below needs one of them.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
# The database and uploaded files live in one folder, kept outside the image. It is created owned by the image's
# non-root "app" user before it is declared a volume, so a new volume starts with that owner.
RUN mkdir /data && chown "$APP_UID:$APP_UID" /data
VOLUME /data
ENV Portal__DataFolder=/data \
    ASPNETCORE_URLS=http://+:8080 \
    # Cleared so Kestrel binds only ASPNETCORE_URLS instead of warning that it overrides the image's default port.
    ASPNETCORE_HTTP_PORTS=
WORKDIR /app
COPY --from=build /app ./
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl --fail --silent --show-error --max-time 4 http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "Portal.dll"]
