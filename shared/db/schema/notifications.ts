import { z } from "zod";
import { jsonObject, leaseColumns, timestamp, uuid } from "./columns.ts";
import {
  DomainLeaseState,
  NotificationChannel,
  NotificationPriority,
  NotificationStatus,
} from "./enums.ts";

/** Domain state `status`; whatsapp/email rows are leased through `lease_status`. */
export const NotificationRow = z.object({
  id: uuid,
  user_id: uuid,
  channel: NotificationChannel,
  type: z.string(),
  priority: NotificationPriority,
  title: z.string(),
  body: z.string(),
  data: jsonObject,
  status: NotificationStatus,
  read_at: timestamp.nullable(),
  sent_at: timestamp.nullable(),
  lease_status: DomainLeaseState,
  ...leaseColumns,
  created_at: timestamp,
  expires_at: timestamp,
});
export type NotificationRow = z.infer<typeof NotificationRow>;
