-- A video link is an http(s) address (shared.WebLinks); anything else planned before is kept as the place.
update rhythm_meetings set place = substring(video_url, 1, 300)
where video_url is not null and video_url not like 'http://%' and video_url not like 'https://%' and place is null;
update rhythm_meetings set video_url = null
where video_url is not null and video_url not like 'http://%' and video_url not like 'https://%';
