import { infiniteQueryOptions, useMutation } from '@tanstack/react-query';
import { apiDownload, apiRequest } from '#src/api/client';
import { activityPageSchema, activityPaths, type ActivityGroup } from '#src/api/activity';

/** Query keys of the activity feature: one list per filter. */
const activityQueryKeys = {
  all: ['activity'] as const,
  list: (group: ActivityGroup | null) =>
    [...activityQueryKeys.all, 'list', group ?? 'all'] as const,
};

/** Pages of the log, newest first; "Show more" asks for the next by the last page's cursor. */
export function activityQueryOptions(group: ActivityGroup | null) {
  return infiniteQueryOptions({
    queryKey: activityQueryKeys.list(group),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams();
      if (group) query.set('group', group);
      if (pageParam) query.set('cursor', pageParam);
      const search = query.size > 0 ? `?${query}` : '';
      return apiRequest(`${activityPaths.activity}${search}`, {
        schema: activityPageSchema,
        signal,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}

export type ExportFormat = 'json' | 'csv';

/** Fetches the export and hands it to the browser as a file named by the format. */
export function useExportActivity() {
  return useMutation({
    mutationFn: async (format: ExportFormat) => {
      const blob = await apiDownload(
        format === 'json' ? activityPaths.exportJson : activityPaths.exportCsv,
      );
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `security-activity.${format}`;
      link.click();
      // The browser has started the download; the object URL is no longer needed after it.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
}
