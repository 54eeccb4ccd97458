package dev.tandem.space;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tandem.space.*}: the largest file one upload may hold ({@code max-file-size}, never above the multipart
 * limit), what a workspace's files may take together ({@code workspace-quota}), how often a node looks for posts
 * other nodes made when the database cannot notify it ({@code poll-interval}; on PostgreSQL a slower safety net),
 * and how long a live stream stays open before the browser reconnects ({@code stream-timeout}).
 */
@ConfigurationProperties("tandem.space")
record SpaceProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("1GB") DataSize workspaceQuota,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("30m") Duration streamTimeout) {}
