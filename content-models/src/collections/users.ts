import type { CollectionConfig } from 'payload'
import { adminFieldOnly, adminsOnly, selfOrAdmin } from '../access'

/** Staff accounts: admins manage users; editors publish; contributors write drafts. */
export function usersCollection(): CollectionConfig {
  return {
    slug: 'users',
    labels: { singular: 'User', plural: 'Users' },
    auth: { tokenExpiration: 60 * 60 * 8, maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
    admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: 'Admin' },
    access: {
      read: selfOrAdmin,
      create: adminsOnly,
      update: selfOrAdmin,
      delete: adminsOnly,
      admin: ({ req }) => Boolean(req.user),
    },
    hooks: {
      // The first account made on an empty database (the admin's "create first user"
      // screen) must be able to manage the others.
      beforeChange: [
        async ({ collection, data, operation, req }) => {
          if (operation !== 'create') return data
          // This collection's own slug: a hub may rename it (overrides.users.slug).
          const { totalDocs } = await req.payload.count({ collection: collection.slug as 'users', req })
          return totalDocs === 0 ? { ...data, role: 'admin' } : data
        },
      ],
    },
    fields: [
      { name: 'name', type: 'text' },
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'contributor',
        saveToJWT: true,
        options: [
          { label: 'Admin (manages users)', value: 'admin' },
          { label: 'Editor (publishes)', value: 'editor' },
          { label: 'Contributor (writes drafts)', value: 'contributor' },
        ],
        access: { create: adminFieldOnly, update: adminFieldOnly },
        admin: { description: 'Only admins can change roles.' },
      },
    ],
  }
}
