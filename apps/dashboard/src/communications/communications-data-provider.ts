import type { DataProvider, GetListResult, RaRecord, SortPayload } from 'react-admin';
import { ApiError } from '../api/api-error';
import { uploadDocument } from './documents/document-api';
import { isFileKind } from './documents/upload-limits';
import { deleteRefusalOf, type FormAction, formErrorsOf } from './form-problems';
import type { Values } from './record-shapes';
import { type CommunicationsResource, communicationsResource } from './resources';
import { translateNow as t } from '../i18n/i18n-provider';

/**
 * A failed save whose problems belong next to the form's inputs: react-admin shows `body.errors`
 * there (see useCreateController/useEditController) instead of a notification.
 */
export class FormApiError extends ApiError {
  readonly body: { errors: Record<string, string> };

  constructor(cause: ApiError, errors: Record<string, string>) {
    super(cause.message, cause.status, cause.code, cause.retryAfterSeconds, cause.details);
    this.body = { errors };
  }
}

const asFormError = (name: string, action: FormAction, error: unknown): unknown => {
  const errors = error instanceof ApiError ? formErrorsOf(name, action, error) : undefined;
  return errors && error instanceof ApiError ? new FormApiError(error, errors) : error;
};

const asDeleteError = (name: string, error: unknown): unknown => {
  const refusal = deleteRefusalOf(name, error);
  return refusal && error instanceof ApiError ? new ApiError(refusal, error.status, error.code) : error;
};

const sortOf = (resource: CommunicationsResource, sort: SortPayload | undefined): SortPayload | undefined =>
  sort && sort.field === 'id' ? { ...sort, field: resource.shape.idKey } : sort;

function filterOf(resource: CommunicationsResource, filter: Values | undefined): Values {
  const own = resource.listFilter ? resource.listFilter({ ...filter }, new Date()) : { ...filter };
  return resource.listFields ? { fields: resource.listFields.join(','), ...own } : own;
}

const records = <R extends RaRecord>(resource: CommunicationsResource, items: readonly RaRecord[]): R[] =>
  items.map((item) => resource.shape.toRecord(item) as R);

const page = <R extends RaRecord>(resource: CommunicationsResource, result: GetListResult): GetListResult<R> => ({
  ...result,
  data: records<R>(resource, result.data),
});

/** An audio or video document is created by a multipart upload, with the file the form picked. */
async function createFileDocument(values: Values): Promise<Values> {
  const picked = values.file as { rawFile?: unknown } | undefined;
  if (!(picked?.rawFile instanceof File) || !isFileKind(values.kind)) {
    throw new FormApiError(new ApiError(t('Choose the file to upload'), 400), { file: t('Choose the file to upload') });
  }
  return uploadDocument({
    name: String(values.name ?? ''),
    kind: values.kind,
    description: (values.description as string | null) ?? null,
    file: picked.rawFile,
  });
}

/**
 * The data provider with the communications resources' conventions (COMMUNICATIONS_RESOURCES):
 * their ids, their record shapes, the `fields` their lists need, field errors and conflicts said
 * where they belong, and the upload of audio and video documents. Other resources go straight
 * to the data provider it wraps.
 */
export function withCommunications(base: DataProvider): DataProvider {
  const resourceOf = (name: string) => communicationsResource(name);
  return {
    ...base,
    getList: async (name, params) => {
      const resource = resourceOf(name);
      if (!resource) return base.getList(name, params);
      return page(
        resource,
        await base.getList(name, { ...params, sort: sortOf(resource, params.sort), filter: filterOf(resource, params.filter) }),
      );
    },

    getManyReference: async (name, params) => {
      const resource = resourceOf(name);
      if (!resource) return base.getManyReference(name, params);
      return page(
        resource,
        await base.getManyReference(name, {
          ...params,
          sort: sortOf(resource, params.sort) ?? params.sort,
          filter: filterOf(resource, params.filter),
        }),
      );
    },

    getOne: async (name, params) => {
      const resource = resourceOf(name);
      const result = await base.getOne(name, params);
      return resource ? { ...result, data: resource.shape.toRecord(result.data) as typeof result.data } : result;
    },

    getMany: async (name, params) => {
      const resource = resourceOf(name);
      const result = await base.getMany(name, params);
      return resource ? { ...result, data: records(resource, result.data) } : result;
    },

    create: async (name, params) => {
      const resource = resourceOf(name);
      if (!resource) return base.create(name, params);
      const body = resource.shape.toBody(params.data as Values);
      try {
        const created =
          name === 'documents' && isFileKind(body.kind)
            ? await createFileDocument(body)
            : (await base.create(name, { ...params, data: body })).data;
        return { data: resource.shape.toRecord(created) as never };
      } catch (error) {
        throw asFormError(name, 'create', error);
      }
    },

    update: async (name, params) => {
      const resource = resourceOf(name);
      if (!resource) return base.update(name, params);
      try {
        const { data } = await base.update(name, {
          ...params,
          data: resource.shape.toBody(params.data as Values),
          previousData: resource.shape.toBody(params.previousData) as typeof params.previousData,
        });
        return { data: resource.shape.toRecord(data) as typeof data };
      } catch (error) {
        throw asFormError(name, 'update', error);
      }
    },

    delete: async (name, params) => {
      if (!resourceOf(name)) return base.delete(name, params);
      try {
        return await base.delete(name, params);
      } catch (error) {
        throw asDeleteError(name, error);
      }
    },
  };
}
